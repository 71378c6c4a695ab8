package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CredentialsStayHiddenTest {
    private final FakeRazorpayX fake = RequestShapeTest.start();
    private final PayoutGateway gateway = new RazorpayXGatewayPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void noResultCarriesTheKeySecretOrKeyIdEvenWhenRazorpayXEchoesThem() {
        String echo = FakeRazorpayX.error("BAD_REQUEST_ERROR",
                "bad key " + FakeRazorpayX.KEY_ID + ":" + FakeRazorpayX.KEY_SECRET);
        List<GatewayResult> results = new ArrayList<>();
        fake.nextAnswer(FakeFault.answering(401, echo));
        results.add(gateway.initiate(Payouts.toBank("txn6001", "100")));
        fake.nextAnswer(FakeFault.answering(500, echo));
        results.add(gateway.initiate(Payouts.toBank("txn6002", "100")));
        fake.nextAnswer(FakeFault.answering(500, echo));
        results.add(gateway.inquire("txn6002"));
        fake.nextAnswer(FakeFault.answering(200, "{\"id\":\"" + FakeRazorpayX.KEY_SECRET + "\",\"status\":\"queued\"}"));
        results.add(gateway.initiate(Payouts.toBank("txn6003", "100")));
        results.add(gateway.initiate(Payouts.toBank("txn6004", "100")));
        results.add(gateway.inquire("txn6004"));
        results.add(gateway.inquire("txn-none"));

        assertThat(results).hasSize(7).allSatisfy(result -> assertThat(String.valueOf(result))
                .doesNotContain(FakeRazorpayX.KEY_SECRET).doesNotContain(FakeRazorpayX.KEY_ID));
        assertThat(results.get(0)).isInstanceOfSatisfying(GatewayResult.Failed.class,
                failed -> assertThat(failed.message()).contains(Redactor.MASK));
    }

    @Test
    void settingsAndConfigurationErrorsNeverShowValues() {
        Map<String, String> configuration = SettingsTest.required();
        configuration.put("request-timeout-ms", "very-secret-value");
        configuration.remove("account-number");

        Throwable missing = catchThrowable(() -> new RazorpayXGatewayPlugin().create(configuration));

        assertThat(missing).hasMessageContaining("account-number").hasMessageNotContaining("very-secret-value")
                .hasMessageNotContaining("rzp_live_SECRETID");
        assertThat(RazorpayXSettings.fromConfiguration(SettingsTest.required()).toString())
                .doesNotContain("very-secret-value").doesNotContain("rzp_live_SECRETID");
    }
}
