package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import io.payout.gateway.spi.WebhookVerification;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One RazorpayX account, spoken to over its Payouts API. The transaction reference is both the
 * {@code X-Payout-Idempotency} key and the payout's {@code reference_id}, so a repeated initiate never pays twice
 * and an inquiry finds the payout by it. No answer, a 5xx or an unreadable body is {@code Unknown}.
 */
final class RazorpayXGateway implements PayoutGateway {
    private final RazorpayXSettings settings;
    private final RazorpayXClient client;
    private final Redactor redactor;
    private final WebhookSignature webhooks;

    RazorpayXGateway(RazorpayXSettings settings) {
        this.settings = settings;
        this.client = new RazorpayXClient(settings);
        List<String> secrets = new ArrayList<>(settings.secrets());
        secrets.add(client.authorization());
        this.redactor = new Redactor(secrets);
        this.webhooks = new WebhookSignature(settings.webhookSecret());
    }

    @Override
    public GatewayResult initiate(PayoutInstruction instruction) {
        String body;
        try {
            body = PayoutRequest.body(instruction, settings.accountNumber());
        } catch (RefusedInstruction refused) {
            return new GatewayResult.Failed(refused.code(), refused.getMessage(), FailureCategory.INTERNAL, false, null);
        }
        return exchange(() -> client.post("/v1/payouts", body, instruction.transactionRef()), Answers::toInitiation);
    }

    @Override
    public GatewayResult inquire(String transactionRef) {
        return exchange(() -> client.get(listQuery(transactionRef)), Answers::toInquiry);
    }

    /**
     * Cancels the payout with this reference if RazorpayX still holds it {@code queued}: the answer is then the
     * cancelled payout ({@code Failed}); otherwise it is the payout's state as an inquiry reports it. A refused or
     * lost cancel is {@code Unknown}: inquire to learn the state.
     */
    @Override
    public GatewayResult cancel(String transactionRef) {
        return exchange(() -> client.get(listQuery(transactionRef)), listed -> new QueuedCancellation(client).cancelNewest(listed));
    }

    @Override
    public WebhookVerification verifyWebhook(Map<String, List<String>> headers, byte[] body) {
        return webhooks.verify(headers, body);
    }

    private String listQuery(String transactionRef) {
        return "/v1/payouts?account_number=" + encode(settings.accountNumber())
                + "&reference_id=" + encode(transactionRef) + "&count=100";
    }

    private GatewayResult exchange(Call call, Meaning meaning) {
        try {
            return redactor.clean(meaning.apply(call.send()));
        } catch (HttpTimeoutException e) {
            return unknown("no answer from RazorpayX within " + settings.requestTimeout().toMillis() + " ms");
        } catch (IOException e) {
            return unknown("no answer from RazorpayX: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return unknown("interrupted while waiting for RazorpayX");
        }
    }

    private static GatewayResult unknown(String reason) {
        return new GatewayResult.Unknown(reason, false, null);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface Call {
        HttpAnswer send() throws IOException, InterruptedException;
    }

    @FunctionalInterface
    private interface Meaning {
        GatewayResult apply(HttpAnswer answer) throws IOException, InterruptedException;
    }
}
