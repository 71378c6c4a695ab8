package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.GatewayResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsNeverLeakTest {
    @Test
    void noResultRawResponseOrReasonHoldsTheClientIdOrSecret() throws Exception {
        List<GatewayResult> results = new ArrayList<>();
        try (FakeCashfree fake = new FakeCashfree()) {
            CashfreeGateway gateway = Sandbox.gateway(fake);
            String echo = "{\"code\":\"bad\",\"message\":\"header x-client-secret=" + FakeCashfree.CLIENT_SECRET
                    + " x-client-id=" + FakeCashfree.CLIENT_ID + "\"}";
            results.add(gateway.initiate(Sandbox.imps("L-1", Sandbox.SUCCESS_ACCOUNT)));
            results.add(gateway.initiate(Sandbox.imps("L-1", Sandbox.SUCCESS_ACCOUNT)));
            results.add(gateway.initiate(Sandbox.imps("L-2", Sandbox.INVALID_IFSC_ACCOUNT)));
            results.add(gateway.inquire("L-1"));
            results.add(gateway.inquire("L-404"));
            for (int status : new int[] {400, 401, 409, 500}) {
                fake.nextAnswer(status, echo);
                results.add(gateway.initiate(Sandbox.imps("L-" + status, Sandbox.SUCCESS_ACCOUNT)));
                fake.nextAnswer(status, echo);
                results.add(gateway.inquire("L-" + status));
            }
            fake.nextAnswer(200, echo);
            results.add(gateway.inquire("L-200"));
            fake.delayNext(1500);
            results.add(gateway.initiate(Sandbox.imps("L-SLOW", Sandbox.SUCCESS_ACCOUNT)));
        }
        assertThat(results).hasSize(15).allSatisfy(result -> assertThat(String.valueOf(result))
                .doesNotContain(FakeCashfree.CLIENT_SECRET).doesNotContain(FakeCashfree.CLIENT_ID));
    }

    @Test
    void rawResponsesAreCappedInLength() {
        RawResponse raw = new RawResponse("id", "secret");

        assertThat(raw.clean("x".repeat(5000))).hasSize(RawResponse.MAX_CHARS + 3);
        assertThat(raw.clean(null)).isNull();
    }
}
