package io.payout.gateway.dummy;

import io.payout.gateway.spi.BeneficiaryCheck;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import io.payout.gateway.tck.GatewayPluginContract;
import io.payout.gateway.tck.ProviderScript;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/**
 * DUMMY against the plugin test kit. The sandbox is its own provider: 1.00 on IMPS is paid, and a timeout is the
 * same sandbox seen through a view that loses every answer ({@code timeout-share} 1). It has no wire to garble.
 */
class DummyGatewayContractTest extends GatewayPluginContract {
    private volatile DummyGateway sandbox;
    private volatile DummyGateway answering;

    @Override
    protected GatewayPlugin plugin() {
        return new DummyGatewayPlugin();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(DummySettings.TIMEOUT_SHARE, "0");
    }

    @Override
    protected PayoutGateway gatewayUnderTest(PayoutGateway created) {
        sandbox = (DummyGateway) created;
        answering = sandbox;
        return new PayoutGateway() {
            @Override
            public GatewayResult initiate(PayoutInstruction instruction) {
                return answering.initiate(instruction);
            }

            @Override
            public GatewayResult inquire(String transactionRef) {
                return answering.inquire(transactionRef);
            }

            @Override
            public java.util.List<io.payout.gateway.spi.Balance> balances() {
                return answering.balances();
            }

            @Override
            public BeneficiaryCheck validateBeneficiary(Payee payee) {
                return answering.validateBeneficiary(payee);
            }
        };
    }

    @Override
    protected ProviderScript provider() {
        return new ProviderScript() {
            @Override
            public void willSucceed(String transactionRef) {
                // 1.00 on IMPS is paid
            }

            @Override
            public void willTimeOut() {
                answering = sandbox.withTimeoutShare(1.0);
            }

            @Override
            public void willAnswerGarbage() {
                Assumptions.abort("DUMMY is in memory: it has no wire to garble");
            }

            @Override
            public int payoutsRecorded(String transactionRef) {
                return sandbox.ledger().payoutsRecorded(transactionRef);
            }

            @Override
            public Set<String> secrets() {
                return Set.of();
            }
        };
    }
}
