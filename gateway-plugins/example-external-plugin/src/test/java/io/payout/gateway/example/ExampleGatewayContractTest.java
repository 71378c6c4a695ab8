package io.payout.gateway.example;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.tck.GatewayPluginContract;
import io.payout.gateway.tck.ProviderScript;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;

/** EXAMPLE against the plugin test kit. The gateway is its own provider, in memory: it cannot be slow or garbled. */
class ExampleGatewayContractTest extends GatewayPluginContract {
    private static final String API_KEY = "example-k3y-SECRET-0042";

    private ExampleGateway gateway;

    @Override
    protected GatewayPlugin plugin() {
        return new ExampleGatewayPlugin();
    }

    @Override
    protected Map<String, String> settings() {
        return Map.of(ExampleGatewayPlugin.API_KEY, API_KEY);
    }

    @Override
    protected PayoutGateway gatewayUnderTest(PayoutGateway created) {
        gateway = (ExampleGateway) created;
        return created;
    }

    @Override
    protected ProviderScript provider() {
        return new ProviderScript() {
            @Override
            public void willSucceed(String transactionRef) {
                // every IMPS payout is paid
            }

            @Override
            public void willTimeOut() {
                Assumptions.abort("EXAMPLE is in memory: it never times out");
            }

            @Override
            public void willAnswerGarbage() {
                Assumptions.abort("EXAMPLE is in memory: it has no wire to garble");
            }

            @Override
            public int payoutsRecorded(String transactionRef) {
                return gateway.payoutsRecorded(transactionRef);
            }

            @Override
            public Set<String> secrets() {
                return Set.of(API_KEY);
            }
        };
    }
}
