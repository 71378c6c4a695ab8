package io.payout.gateway.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.payout.gateway.spi.Balance;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import io.payout.gateway.spi.SpiVersion;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs the contract against a plugin that gets everything wrong but thread safety: every other check must fail. */
class ContractCatchesABrokenPluginTest {
    private static final String SECRET = "tck-self-test-s3cr3t";

    @Test
    void everyCheckButThreadSafetyFailsForAPluginThatBreaksThemAll() {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(BrokenPluginContract.class)).build(), listener);
        TestExecutionSummary summary = listener.getSummary();

        assertThat(summary.getTestsFoundCount()).isEqualTo(11);
        assertThat(summary.getFailures()).extracting(failure -> failure.getTestIdentifier().getDisplayName())
                .containsExactlyInAnyOrder("declaresTheSpiMajorVersionItWasCompiledAgainstAnIdAndRails()",
                        "initiatingOneReferenceTwiceRecordsOnePayout()",
                        "aTimedOutInitiationIsUnknownNeverFailed()", "aTimedOutInquiryIsUnknownNeverFailed()",
                        "anUnreadableAnswerToAnInitiationIsUnknown()", "anUnreadableAnswerToAnInquiryIsUnknown()",
                        "anInquiryAboutANeverSentReferenceIsUnknownNotFound()",
                        "badSettingsAreRefusedWithoutShowingCredentials()",
                        "aPluginOfferingBalancesGivesThemForItsOwnRails()",
                        "aDeclaredBeneficiaryValidationGivesACompleteAnswer()");
    }

    /** Not run by the build on its own (nested): only through the launcher above. */
    static class BrokenPluginContract extends GatewayPluginContract {
        private BrokenGateway gateway;

        @Override
        protected GatewayPlugin plugin() {
            return new GatewayPlugin() {
                public String gatewayId() {
                    return "BROKEN";
                }

                public Set<String> rails() {
                    return Set.of("IMPS");
                }

                public int spiMajorVersion() {
                    return SpiVersion.MAJOR + 1;
                }

                public Set<Capability> capabilities() {
                    return Set.of(Capability.BALANCES, Capability.VALIDATE_BENEFICIARY);
                }

                public PayoutGateway create(Map<String, String> configuration) {
                    if (!SECRET.equals(configuration.get("api-key")) || !"x".equals(configuration.get("other"))) {
                        throw new IllegalArgumentException("bad settings " + configuration);
                    }
                    return new BrokenGateway();
                }
            };
        }

        @Override
        protected Map<String, String> settings() {
            return Map.of("api-key", SECRET, "other", "x");
        }

        @Override
        protected PayoutGateway gatewayUnderTest(PayoutGateway created) {
            gateway = (BrokenGateway) created;
            return created;
        }

        @Override
        protected ProviderScript provider() {
            return new ProviderScript() {
                public void willSucceed(String transactionRef) {
                }

                public void willTimeOut() {
                    gateway.failNext.set(true);
                }

                public void willAnswerGarbage() {
                    gateway.failNext.set(true);
                }

                public int payoutsRecorded(String transactionRef) {
                    return gateway.payouts.getOrDefault(transactionRef, 0);
                }

                public Set<String> secrets() {
                    return Set.of(SECRET);
                }
            };
        }
    }

    /**
     * Pays again on every initiate, calls a lost answer a failure, forgets to say "not found", reports a balance
     * without an amount for a rail it does not have, and declares a beneficiary validation it does not implement.
     */
    static final class BrokenGateway implements PayoutGateway {
        final Map<String, Integer> payouts = new ConcurrentHashMap<>();
        final AtomicBoolean failNext = new AtomicBoolean();

        public GatewayResult initiate(PayoutInstruction instruction) {
            if (failNext.getAndSet(false)) {
                return new GatewayResult.Failed("TIMEOUT", "no answer", FailureCategory.GATEWAY, true, null);
            }
            payouts.merge(instruction.transactionRef(), 1, Integer::sum);
            return new GatewayResult.Succeeded("B-" + instruction.transactionRef(), null);
        }

        public java.util.List<Balance> balances() {
            return java.util.List.of(new Balance("NEFT", null, null));
        }

        public GatewayResult inquire(String transactionRef) {
            if (failNext.getAndSet(false)) {
                return new GatewayResult.Failed("TIMEOUT", "no answer", FailureCategory.GATEWAY, true, null);
            }
            return payouts.containsKey(transactionRef) ? new GatewayResult.Succeeded("B-" + transactionRef, null)
                    : new GatewayResult.Unknown("no such payout", false, null);
        }
    }
}
