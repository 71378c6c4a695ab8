package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.GatewayResult;
import java.io.IOException;
import java.util.Optional;

/** RazorpayX cancels only {@code queued} payouts, by id: {@code POST /v1/payouts/{id}/cancel}. */
final class QueuedCancellation {
    private final RazorpayXClient client;

    QueuedCancellation(RazorpayXClient client) {
        this.client = client;
    }

    /**
     * Given the list answer for a reference: cancels its newest payout if it is queued and answers the cancelled
     * payout; otherwise answers what the inquiry says. A cancel RazorpayX does not accept is {@code Unknown}.
     */
    GatewayResult cancelNewest(HttpAnswer listed) throws IOException, InterruptedException {
        Optional<String> queuedId = Answers.newestPayout(listed)
                .filter(payout -> JsonPath.text(payout, "status").filter("queued"::equals).isPresent())
                .flatMap(payout -> JsonPath.text(payout, "id"));
        if (queuedId.isEmpty()) {
            return Answers.toInquiry(listed);
        }
        HttpAnswer answer = client.post("/v1/payouts/" + RazorpayXGateway.encode(queuedId.get()) + "/cancel",
                "{}", null);
        return answer.ok() ? Answers.toInitiation(answer)
                : new GatewayResult.Unknown("RazorpayX did not cancel: HTTP " + answer.status(), false, answer.body());
    }
}
