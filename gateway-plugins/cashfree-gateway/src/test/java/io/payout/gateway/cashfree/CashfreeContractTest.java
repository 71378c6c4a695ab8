package io.payout.gateway.cashfree;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.tck.GatewayPluginContract;
import io.payout.gateway.tck.ProviderScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * CASHFREE against the plugin test kit, talking to {@link FakeCashfree} with a 1 s request timeout (a loaded 2-core
 * machine can take longer than 300 ms to answer eight threads). The kit's payee account is Cashfree's sandbox success
 * account, so every payout it sends is paid.
 */
class CashfreeContractTest extends GatewayPluginContract {
    private FakeCashfree fake;

    @Override
    protected GatewayPlugin plugin() {
        return new CashfreeGatewayPlugin();
    }

    @Override
    protected Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(Sandbox.configuration(fake));
        settings.put("request-timeout-ms", "1000");
        return settings;
    }

    @Override
    protected ProviderScript provider() {
        try {
            fake = new FakeCashfree();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ProviderScript() {
            @Override
            public void willSucceed(String transactionRef) {
                // the sandbox success account is paid
            }

            @Override
            public void willTimeOut() {
                fake.delayNext(3_000);
            }

            @Override
            public void willAnswerGarbage() {
                fake.nextAnswer(200, "<html><body>upstream error</body></html>");
            }

            @Override
            public int payoutsRecorded(String transactionRef) {
                return fake.hasTransfer(transactionRef) ? 1 : 0;
            }

            @Override
            public Set<String> secrets() {
                return Set.of(FakeCashfree.CLIENT_ID, FakeCashfree.CLIENT_SECRET);
            }

            @Override
            public void close() {
                fake.close();
            }
        };
    }
}
