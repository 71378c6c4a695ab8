package io.payout.app.beneficiary;

import io.dropwizard.core.setup.Environment;
import io.payout.adapters.persistence.JdbiBeneficiaryRepository;
import io.payout.adapters.persistence.JdbiSetup;
import io.payout.adapters.rest.beneficiary.BeneficiaryInfoRenderer;
import io.payout.adapters.rest.beneficiary.BeneficiaryResource;
import io.payout.app.Persistence;
import io.payout.app.config.BeneficiaryConfig;
import io.payout.app.loop.LoopHealthCheck;
import io.payout.application.beneficiary.BeneficiaryCallbackComposer;
import io.payout.application.beneficiary.GetBeneficiaryService;
import io.payout.application.beneficiary.SaveBeneficiaryService;
import io.payout.application.beneficiary.ValidateDueBeneficiariesService;
import io.payout.application.beneficiary.port.ValidateBeneficiaryPort;
import io.payout.application.order.BeneIdResolver;
import java.time.Clock;

/**
 * Beneficiaries: the merchant resource ({@code /merchant/v2/benedetails}), the resolver of {@code BENE_ID} order
 * beneficiaries, and (once the gateways run, {@link #startValidation}) the validation loop with its health check
 * {@code beneficiaries}. A {@code VALIDATE} request wakes the loop.
 */
public final class BeneficiaryWiring {
    private final BeneficiaryConfig config;
    private final Persistence persistence;
    private final Environment environment;
    private final Clock clock;
    private final JdbiBeneficiaryRepository repository;
    private final BeneficiaryResource resource;
    private volatile BeneficiaryValidationLoop loop;

    public BeneficiaryWiring(BeneficiaryConfig config, Persistence persistence, Environment environment, Clock clock) {
        this.config = config;
        this.persistence = persistence;
        this.environment = environment;
        this.clock = clock;
        this.repository = new JdbiBeneficiaryRepository(JdbiSetup.create(persistence.dataSource()));
        this.resource = new BeneficiaryResource(new SaveBeneficiaryService(repository, repository, this::wake, clock),
                new GetBeneficiaryService(repository));
    }

    /** For {@code MerchantRestApi.addResource}. */
    public BeneficiaryResource resource() {
        return resource;
    }

    /** For the order create: resolves {@code BENE_ID} beneficiaries to the saved ones. */
    public BeneIdResolver resolver() {
        return new BeneIdResolver(repository);
    }

    /**
     * Starts this instance's validation loop (when {@code beneficiaries.enabled}) asking {@code gateways}, with claims
     * owned by {@code instanceId}, and registers its health check.
     */
    public void startValidation(ValidateBeneficiaryPort gateways, String instanceId) {
        ValidateDueBeneficiariesService validation = new ValidateDueBeneficiariesService(repository, gateways,
                new BeneficiaryCallbackComposer(persistence.merchants(),
                        new BeneficiaryInfoRenderer(environment.getObjectMapper())),
                config.settings(instanceId), clock);
        BeneficiaryValidationLoop started = new BeneficiaryValidationLoop(validation, config.interval());
        if (config.enabled()) {
            environment.lifecycle().manage(started);
        }
        environment.healthChecks().register("beneficiaries",
                new LoopHealthCheck("beneficiary validation", started, config.enabled()));
        this.loop = started;
    }

    private void wake() {
        BeneficiaryValidationLoop current = loop;
        if (current != null) {
            current.wake();
        }
    }
}
