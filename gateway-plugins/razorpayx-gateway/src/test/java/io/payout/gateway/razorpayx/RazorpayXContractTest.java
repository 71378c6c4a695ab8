package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.tck.GatewayPluginContract;
import io.payout.gateway.tck.ProviderScript;
import java.util.Map;
import java.util.Set;

/**
 * RAZORPAYX against the plugin test kit, talking to {@link FakeRazorpayX} with a 1 s request timeout (a loaded 2-core
 * machine can take longer than 300 ms to answer eight threads).
 */
class RazorpayXContractTest extends GatewayPluginContract {
    private FakeRazorpayX fake;

    @Override
    protected GatewayPlugin plugin() {
        return new RazorpayXGatewayPlugin();
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = fake.configuration();
        settings.put("request-timeout-ms", "1000");
        return settings;
    }

    @Override
    protected ProviderScript provider() {
        fake = RequestShapeTest.start();
        return new ProviderScript() {
            @Override
            public void willSucceed(String transactionRef) {
                fake.ledger().nextPayoutStarts("processed", null, null, null);
            }

            @Override
            public void willTimeOut() {
                fake.nextAnswer(FakeFault.slow(3_000));
            }

            @Override
            public void willAnswerGarbage() {
                fake.nextAnswer(FakeFault.answering(200, "{\"id\":\"pout_1\",\"status\":"));
            }

            @Override
            public int payoutsRecorded(String transactionRef) {
                return fake.ledger().withReference(transactionRef).size();
            }

            @Override
            public Set<String> secrets() {
                return Set.of(FakeRazorpayX.KEY_ID, FakeRazorpayX.KEY_SECRET);
            }

            @Override
            public void close() {
                fake.close();
            }
        };
    }
}
