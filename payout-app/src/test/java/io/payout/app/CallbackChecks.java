package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.payout.adapters.rest.callback.WebhookSigner;
import io.payout.app.CallbackReceiver.Received;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.LongStream;

/** What every callback test checks about what a receiver got. */
final class CallbackChecks {
    /** A DUMMY_IMPS payout that succeeds, as its merchant hears of it. */
    static final List<String> SUCCESSFUL_PAYOUT = List.of("ORDER FULFILLMENTS_SCHEDULED",
            "FULFILLMENT_ORDER INITIATED", "FULFILLMENT_TXN INITIATED", "FULFILLMENT_TXN SUCCESS",
            "FULFILLMENT_ORDER SUCCESS", "ORDER FULFILLMENTS_SUCCESSFUL");

    private CallbackChecks() {
    }

    /**
     * {@code requests}, in the order they arrived, carry the order's callbacks once each and in sequence: ids
     * {@code <orderId>-c1}, {@code -c2}... with {@code sequence} 1, 2... without gaps, {@code webhook-id} equal to
     * the body's {@code id}, and {@code info.status} equal to {@code value}.
     */
    static void assertOnceEachInSequence(String orderId, List<Received> requests) {
        assertThat(requests).as("callbacks of %s", orderId).isNotEmpty();
        assertThat(requests.stream().map(Received::sequence).toList()).as("sequences as they arrived: %s", requests)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, requests.size()).boxed().toList());
        for (Received request : requests) {
            JsonNode body = request.json();
            assertThat(body.get("id").asText()).isEqualTo(orderId + "-c" + body.get("sequence").asLong());
            assertThat(request.header(WebhookSigner.ID_HEADER)).as("webhook-id").isEqualTo(body.get("id").asText());
            assertThat(body.at("/info/status").asText()).as("info.status of %s", request)
                    .isEqualTo(body.get("value").asText());
            assertThat(body.get("category").asText()).isEqualTo("INFO");
        }
    }

    /**
     * {@code requests} (every attempt, in the order they arrived) never move on to a callback before the previous
     * one was delivered: the sequence only grows, one at a time, and only after a 2xx answer.
     */
    static void assertNextOnlyAfterThePreviousWasDelivered(List<Received> requests) {
        for (int i = 1; i < requests.size(); i++) {
            Received previous = requests.get(i - 1);
            Received next = requests.get(i);
            if (next.sequence() != previous.sequence()) {
                assertThat(next.sequence()).as("after %s came %s", previous, next).isEqualTo(previous.sequence() + 1);
                assertThat(previous.delivered()).as("%s was sent before %s was delivered", next, previous).isTrue();
            }
        }
    }

    /** {@code LABEL VALUE} of each request, in the order they arrived. */
    static List<String> labelValues(List<Received> requests) {
        return requests.stream().map(Received::labelValue).toList();
    }

    /**
     * The request's {@code webhook-signature} verifies with {@code secret} over its raw body, now, and its
     * {@code webhook-timestamp} is when this attempt was made (within 2 s of its arrival).
     */
    static void assertSignedWith(String secret, Received request) {
        assertThat(Long.parseLong(request.header(WebhookSigner.TIMESTAMP_HEADER)))
                .as("webhook-timestamp of %s", request).isCloseTo(request.at().getEpochSecond(), within(2L));
        assertThat(WebhookSigner.verify(secret, request.header(WebhookSigner.ID_HEADER),
                request.header(WebhookSigner.TIMESTAMP_HEADER), request.header(WebhookSigner.SIGNATURE_HEADER),
                request.body(), Instant.now())).as("signature of %s with the merchant's secret", request).isTrue();
    }

    /**
     * Every transaction of the order's callbacks reports {@code INITIATED} exactly once, then exactly one outcome.
     */
    static void assertEachTransactionInitiatedOnceThenItsOutcome(List<Received> requests) {
        List<String> transactions = new ArrayList<>();
        List<String> decided = new ArrayList<>();
        for (Received request : requests) {
            JsonNode body = request.json();
            if (body.get("label").asText().equals("FULFILLMENT_TXN")) {
                String id = body.at("/info/id").asText();
                String seen = body.get("value").asText();
                if (seen.equals("INITIATED")) {
                    assertThat(transactions).as("transaction %s initiated again", id).doesNotContain(id);
                    transactions.add(id);
                } else {
                    assertThat(transactions).as("transaction %s reported %s before INITIATED", id, seen).contains(id);
                    assertThat(decided).as("transaction %s reported a second outcome %s", id, seen).doesNotContain(id);
                    decided.add(id);
                }
            }
        }
        assertThat(decided).as("transactions with an outcome").containsExactlyElementsOf(transactions);
    }

    static String basicAuth(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }
}
