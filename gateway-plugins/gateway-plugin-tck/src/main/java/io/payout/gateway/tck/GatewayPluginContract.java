package io.payout.gateway.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.payout.gateway.spi.Balance;
import io.payout.gateway.spi.BeneficiaryCheck;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import io.payout.gateway.spi.SpiVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The checks every gateway plugin must pass. Extend it in the plugin's tests with the plugin, its settings
 * (pointing at the fake provider, with a short request timeout) and a {@link ProviderScript} for the fake:
 *
 * <pre>{@code
 * class AcmeBankContractTest extends GatewayPluginContract {
 *     private final FakeAcmeBank fake = FakeAcmeBank.start();
 *     protected GatewayPlugin plugin() { return new AcmeBankPlugin(); }
 *     protected Map<String, String> settings() { return Map.of("base-url", fake.baseUrl(), "api-key", "k3y", ...); }
 *     protected ProviderScript provider() { return new FakeAcmeBankScript(fake); }
 * }
 * }</pre>
 *
 * Before each check the contract calls {@link #provider()}, then {@link #settings()}, then creates the gateway.
 */
@Timeout(60)
public abstract class GatewayPluginContract {
    private static final int THREADS = 8;

    private ProviderScript provider;
    private PayoutGateway gateway;

    /** A new instance of the plugin under test, as {@code ServiceLoader} would make it. */
    protected abstract GatewayPlugin plugin();

    /** A fresh script for the fake provider; called once before each check. */
    protected abstract ProviderScript provider();

    /** Valid settings for {@link GatewayPlugin#create}, pointing at the fake provider. */
    protected abstract Map<String, String> settings();

    /** The gateway the checks use; a provider that is the gateway itself (an in-memory sandbox) may wrap it. */
    protected PayoutGateway gatewayUnderTest(PayoutGateway created) {
        return created;
    }

    /** A payout the provider pays once scripted to: 1.00 to a bank account on IMPS (or the first rail). */
    protected PayoutInstruction instruction(String transactionRef) {
        String rail = plugin().rails().contains("IMPS") ? "IMPS" : new TreeSet<>(plugin().rails()).first();
        Payee payee = "UPI".equals(rail) ? new Payee.Vpa("Asha Rao", "success@upi", "9876543210")
                : new Payee.BankAccount("Asha Rao", "026291800001191", "YESB0000262");
        return new PayoutInstruction(transactionRef, rail, new BigDecimal("1.00"), payee, "tck payout");
    }

    @BeforeEach
    final void startProviderAndGateway() {
        provider = provider();
        gateway = gatewayUnderTest(plugin().create(settings()));
    }

    @AfterEach
    final void stopProvider() throws Exception {
        provider.close();
    }

    @Test
    void declaresTheSpiMajorVersionItWasCompiledAgainstAnIdAndRails() {
        GatewayPlugin plugin = plugin();

        assertThat(plugin.spiMajorVersion()).isEqualTo(SpiVersion.MAJOR);
        assertThat(plugin.gatewayId()).matches("[A-Z0-9]+");
        assertThat(plugin.rails()).isNotEmpty().allSatisfy(rail -> assertThat(rail).matches("[A-Z0-9]+"));
    }

    @Test
    void aPluginOfferingBalancesGivesThemForItsOwnRails() {
        GatewayPlugin plugin = plugin();
        org.junit.jupiter.api.Assumptions.assumeTrue(plugin.capabilities().contains(Capability.BALANCES),
                "the plugin does not offer balances");

        List<Balance> balances = gateway.balances();

        assertThat(balances).isNotEmpty().allSatisfy(balance -> {
            assertThat(balance.amount()).as("amount").isNotNull();
            assertThat(balance.rail() == null || plugin.rails().contains(balance.rail()))
                    .as("rail %s is null or one of %s", balance.rail(), plugin.rails()).isTrue();
        });
    }

    @Test
    void initiatingOneReferenceTwiceRecordsOnePayout() {
        provider.willSucceed("tck-twice-1");

        GatewayResult first = initiate("tck-twice-1");
        GatewayResult second = initiate("tck-twice-1");

        assertThat(first).isInstanceOfAny(GatewayResult.Succeeded.class, GatewayResult.Pending.class);
        assertThat(second).isInstanceOfAny(first.getClass(), GatewayResult.Unknown.class);
        assertThat(provider.payoutsRecorded("tck-twice-1")).isEqualTo(1);
    }

    @Test
    void aTimedOutInitiationIsUnknownNeverFailed() {
        provider.willSucceed("tck-slow-1");
        provider.willTimeOut();

        assertUnknownNotNotFound(initiate("tck-slow-1"));
    }

    @Test
    void aTimedOutInquiryIsUnknownNeverFailed() {
        provider.willSucceed("tck-slow-2");
        initiate("tck-slow-2");
        provider.willTimeOut();

        assertUnknownNotNotFound(inquire("tck-slow-2"));
    }

    @Test
    void anUnreadableAnswerToAnInitiationIsUnknown() {
        provider.willSucceed("tck-garbage-1");
        provider.willAnswerGarbage();

        assertUnknownNotNotFound(initiate("tck-garbage-1"));
    }

    @Test
    void anUnreadableAnswerToAnInquiryIsUnknown() {
        provider.willSucceed("tck-garbage-2");
        initiate("tck-garbage-2");
        provider.willAnswerGarbage();

        assertUnknownNotNotFound(inquire("tck-garbage-2"));
    }

    @Test
    void anInquiryAboutANeverSentReferenceIsUnknownNotFound() {
        GatewayResult result = inquire("tck-never-sent-1");

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).as("notFound").isTrue());
        assertThat(provider.payoutsRecorded("tck-never-sent-1")).isZero();
    }

    @Test
    void eightThreadsInitiatingDistinctReferencesRecordEachOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<GatewayResult>> answers = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                String ref = "tck-parallel-" + thread;
                provider.willSucceed(ref);
                answers.add(pool.submit(() -> {
                    go.await();
                    return initiate(ref);
                }));
            }
            go.countDown();
            for (int thread = 0; thread < THREADS; thread++) {
                assertThat(answers.get(thread).get()).as("answer to thread " + thread)
                        .isInstanceOfAny(GatewayResult.Succeeded.class, GatewayResult.Pending.class);
                assertThat(provider.payoutsRecorded("tck-parallel-" + thread)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void badSettingsAreRefusedWithoutShowingCredentials() {
        Map<String, String> valid = settings();
        for (String key : valid.keySet()) {
            assertNoSecretIn(catchThrowable(() -> plugin().create(without(valid, key))), "without " + key);
            for (String replacement : List.of("\u0000not valid", "-1", "")) {
                Map<String, String> bad = new HashMap<>(valid);
                bad.put(key, replacement);
                assertNoSecretIn(catchThrowable(() -> plugin().create(bad)), key + " = '" + replacement + "'");
            }
        }
    }

    /**
     * Only for a plugin that declares {@link Capability#VALIDATE_BENEFICIARY} (skipped otherwise): validating the
     * payee of {@link #instruction(String)} gets a complete answer (a {@code Valid}, or an {@code Invalid} or
     * {@code Error} with its reason), not the SPI's "not supported" default, and shows no credential.
     */
    @Test
    void aDeclaredBeneficiaryValidationGivesACompleteAnswer() {
        Assumptions.assumeTrue(plugin().capabilities().contains(Capability.VALIDATE_BENEFICIARY),
                "the plugin does not declare VALIDATE_BENEFICIARY");

        BeneficiaryCheck check = gateway.validateBeneficiary(instruction("tck-validate-1").payee());

        assertThat(check).as("answer").isNotNull();
        String reason = check instanceof BeneficiaryCheck.Invalid invalid ? invalid.reason()
                : check instanceof BeneficiaryCheck.Error error ? error.reason() : "valid";
        assertThat(reason).as("reason of " + check).isNotBlank()
                .doesNotContain("not supported by this gateway");
        for (String secret : provider.secrets()) {
            assertThat(check.toString()).as("answer shows a credential").doesNotContain(secret);
        }
    }

    /** Initiates {@link #instruction(String)}, checking the answer is complete and shows no credential. */
    protected final GatewayResult initiate(String transactionRef) {
        return checked(gateway.initiate(instruction(transactionRef)));
    }

    /** Inquires, checking the answer is complete and shows no credential. */
    protected final GatewayResult inquire(String transactionRef) {
        return checked(gateway.inquire(transactionRef));
    }

    private GatewayResult checked(GatewayResult result) {
        assertThat(result).as("answer").isNotNull();
        if (result instanceof GatewayResult.Succeeded succeeded) {
            assertThat(succeeded.gatewayRefId()).as("gatewayRefId of " + result).isNotBlank();
        } else if (result instanceof GatewayResult.Pending pending) {
            assertThat(pending.gatewayRefId()).as("gatewayRefId of " + result).isNotBlank();
        } else if (result instanceof GatewayResult.Failed failed) {
            assertThat(failed.responseCode()).as("responseCode of " + result).isNotBlank();
            assertThat(failed.message()).as("message of " + result).isNotNull();
            assertThat(failed.category()).as("category of " + result).isNotNull();
        } else {
            assertThat(((GatewayResult.Unknown) result).reason()).as("reason of " + result).isNotBlank();
        }
        for (String secret : provider.secrets()) {
            assertThat(result.toString()).as("answer shows a credential").doesNotContain(secret);
        }
        return result;
    }

    private static void assertUnknownNotNotFound(GatewayResult result) {
        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).as("notFound").isFalse());
    }

    private void assertNoSecretIn(Throwable thrown, String settingsDescription) {
        if (thrown == null) {
            return;
        }
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        for (String secret : provider.secrets()) {
            assertThat(trace.toString()).as("exception from create with " + settingsDescription).doesNotContain(secret);
        }
    }

    private static Map<String, String> without(Map<String, String> settings, String key) {
        Map<String, String> copy = new HashMap<>(settings);
        copy.remove(key);
        return copy;
    }
}
