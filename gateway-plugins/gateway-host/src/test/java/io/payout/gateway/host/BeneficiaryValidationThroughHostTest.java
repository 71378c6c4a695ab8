package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.MethodId;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.beneficiary.ValidationResult;
import io.payout.gateway.dummy.DummyGatewayPlugin;
import io.payout.gateway.spi.BeneficiaryCheck;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import io.payout.gateway.spi.SpiVersion;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Beneficiary validation through the host: which gateway and method are asked, and what comes back. */
class BeneficiaryValidationThroughHostTest {
    private static final UpiBeneficiary VPA = new UpiBeneficiary("Ravi K", "success@upi", null);
    private static final BankAccountBeneficiary ACCOUNT =
            new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262");
    private static final GatewaySettings DUMMY =
            GatewaySettings.enabled("DUMMY", Duration.ofSeconds(2), 4, Map.of("timeout-share", "0"));

    private GatewayHost host;

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    private GatewayHost host(LoadedPlugins plugins, GatewaySettings... settings) {
        host = new GatewayHost(plugins, List.of(settings));
        return host;
    }

    @Test
    void aVpaIsValidatedOnUpiAndTheAnswerNamesTheMethod() {
        ValidationResult result = host(LoadedPlugins.of(new DummyGatewayPlugin()), DUMMY).validate(VPA, null);

        assertThat(result).isEqualTo(new ValidationResult.Valid("JUSPAY SANDBOX UPI USER", new MethodId("DUMMY_UPI")));
    }

    @Test
    void aBankAccountIsValidatedOnImpsOrElseAnotherBankRail() {
        assertThat(host(LoadedPlugins.of(new DummyGatewayPlugin()), DUMMY).validate(ACCOUNT, null).method())
                .isEqualTo(new MethodId("DUMMY_IMPS"));
        host.close();
        assertThat(host(LoadedPlugins.of(new DummyGatewayPlugin()), DUMMY.withRails(List.of("UPI", "NEFT")))
                .validate(ACCOUNT, null).method()).isEqualTo(new MethodId("DUMMY_NEFT"));
    }

    @Test
    void invalidAndErrorAnswersKeepTheGatewaysReason() {
        host(LoadedPlugins.of(new DummyGatewayPlugin()), DUMMY);

        assertThat(host.validate(new UpiBeneficiary("R", "invalid@upi", null), null))
                .isInstanceOfSatisfying(ValidationResult.Invalid.class,
                        invalid -> assertThat(invalid.reason()).startsWith("DUMMY_INVALID_VPA"));
        assertThat(host.validate(new UpiBeneficiary("R", "error@upi", null), null))
                .isInstanceOfSatisfying(ValidationResult.Error.class,
                        error -> assertThat(error.reason()).startsWith("DUMMY_VALIDATION_ERROR"));
    }

    @Test
    void aGatewayWithoutTheCapabilityIsPassedOver() {
        ScriptedPlugin other = ScriptedPlugin.answering("OTHER", null);
        host(LoadedPlugins.of(other, new DummyGatewayPlugin()),
                GatewaySettings.enabled("OTHER", Duration.ofSeconds(1), 2, Map.of()), DUMMY);

        assertThat(host.validate(ACCOUNT, null).method()).isEqualTo(new MethodId("DUMMY_IMPS"));
        assertThat(host.validate(ACCOUNT, "OTHER")).isInstanceOfSatisfying(ValidationResult.Error.class, error -> {
            assertThat(error.method()).isNull();
            assertThat(error.reason()).contains("gateway OTHER cannot validate a bank account");
        });
    }

    @Test
    void theConfiguredGatewayIsTheOnlyOneAsked() {
        host(LoadedPlugins.of(new ValidatingPlugin("FIRST", payee -> new BeneficiaryCheck.Valid("FIRST")),
                new DummyGatewayPlugin()), GatewaySettings.enabled("FIRST", Duration.ofSeconds(1), 2, Map.of()), DUMMY);

        assertThat(host.validate(VPA, null).method()).isEqualTo(new MethodId("FIRST_UPI"));
        assertThat(host.validate(VPA, "DUMMY").method()).isEqualTo(new MethodId("DUMMY_UPI"));
        assertThat(host.validate(VPA, "NOSUCH")).isInstanceOf(ValidationResult.Error.class);
    }

    @Test
    void aPausedGatewayOrMethodIsNotAsked() {
        host(LoadedPlugins.of(new DummyGatewayPlugin()), DUMMY);

        host.pause("DUMMY_UPI");
        assertThat(host.validate(VPA, null)).isInstanceOfSatisfying(ValidationResult.Error.class,
                error -> assertThat(error.reason()).contains("no gateway can validate a VPA"));
        assertThat(host.validate(ACCOUNT, null)).isInstanceOf(ValidationResult.Valid.class);
        host.pause("DUMMY");
        assertThat(host.validate(ACCOUNT, null)).isInstanceOf(ValidationResult.Error.class);
        host.resume("DUMMY");
        host.resume("DUMMY_UPI");
        assertThat(host.validate(VPA, null)).isInstanceOf(ValidationResult.Valid.class);
    }

    @Test
    void aSlowValidationIsAnErrorWithinTheGatewaysTimeout() {
        host(LoadedPlugins.of(new ValidatingPlugin("SLOW", payee -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new BeneficiaryCheck.Valid("late");
        })), GatewaySettings.enabled("SLOW", Duration.ofMillis(300), 2, Map.of()));

        long started = System.nanoTime();
        ValidationResult result = host.validate(VPA, null);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        assertThat(result).isEqualTo(new ValidationResult.Error("timeout after 300ms", new MethodId("SLOW_UPI")));
    }

    @Test
    void aThrowingOrSilentValidationIsAnError() {
        host(LoadedPlugins.of(new ValidatingPlugin("BROKEN", payee -> {
            throw new IllegalStateException("boom");
        }), new ValidatingPlugin("SILENT", payee -> null)),
                GatewaySettings.enabled("BROKEN", Duration.ofSeconds(1), 2, Map.of()),
                GatewaySettings.enabled("SILENT", Duration.ofSeconds(1), 2, Map.of()));

        assertThat(host.validate(VPA, "BROKEN")).isEqualTo(new ValidationResult.Error(
                "gateway error: java.lang.IllegalStateException", new MethodId("BROKEN_UPI")));
        assertThat(host.validate(VPA, "SILENT")).isEqualTo(new ValidationResult.Error(
                "gateway error: no answer", new MethodId("SILENT_UPI")));
    }

    @Test
    void aBeneIdFulfillmentIsPaidToThePayeeItWasResolvedTo() {
        host(LoadedPlugins.of(new DummyGatewayPlugin()), DUMMY);
        BeneIdBeneficiary saved = BeneIdBeneficiary.unresolved(new BeneId("bene-1"), null).resolvedTo(VPA);
        SamplePayouts payout = SamplePayouts.to(saved, "DUMMY_UPI", "5.00", "saved payee");

        assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                .isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(InstructionMapper.toInstruction(payout.fulfillment(), payout.transaction()).payee())
                .isEqualTo(new Payee.Vpa("Ravi K", "success@upi", null));
    }

    /** A gateway on UPI and IMPS that validates with {@code check} and pays nothing. */
    private record ValidatingPlugin(String gatewayId, Function<Payee, BeneficiaryCheck> check)
            implements GatewayPlugin {
        @Override
        public Set<String> rails() {
            return Set.of("UPI", "IMPS");
        }

        @Override
        public int spiMajorVersion() {
            return SpiVersion.MAJOR;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.VALIDATE_BENEFICIARY);
        }

        @Override
        public PayoutGateway create(Map<String, String> configuration) {
            return new PayoutGateway() {
                @Override
                public io.payout.gateway.spi.GatewayResult initiate(PayoutInstruction instruction) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public io.payout.gateway.spi.GatewayResult inquire(String transactionRef) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public BeneficiaryCheck validateBeneficiary(Payee payee) {
                    return check.apply(payee);
                }
            };
        }
    }
}
