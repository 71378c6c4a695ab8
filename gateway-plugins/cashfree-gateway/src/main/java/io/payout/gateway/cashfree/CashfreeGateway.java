package io.payout.gateway.cashfree;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import io.payout.gateway.spi.WebhookVerification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One configured Cashfree Payouts v2 account. {@link #initiate} sends {@code POST /transfers} with the transaction
 * reference as {@code transfer_id} (Cashfree refuses a reused one, so a reference never pays twice) and
 * {@link #inquire} asks {@code GET /transfers?transfer_id=}. Results never hold the credentials.
 */
public final class CashfreeGateway implements PayoutGateway {
    private final CashfreeHttp http;
    private final RawResponse raw;
    private final WebhookVerifier webhooks;

    CashfreeGateway(CashfreeSettings settings, Clock clock) {
        this.http = new CashfreeHttp(settings);
        this.raw = new RawResponse(settings.clientId(), settings.clientSecret());
        this.webhooks = new WebhookVerifier(settings.clientSecret(), clock);
    }

    @Override
    public GatewayResult initiate(PayoutInstruction instruction) {
        Optional<String> refusal = TransferRequest.refusal(instruction);
        if (refusal.isPresent()) {
            return new GatewayResult.Failed("INVALID_REQUEST", refusal.get(), FailureCategory.INTERNAL, false, null);
        }
        String ref = instruction.transactionRef();
        try {
            CashfreeHttp.Answer answer = raw.redact(http.post("/transfers", ref, TransferRequest.body(instruction)));
            return InitiateAnswer.read(answer, ref, raw.clean(answer.body()));
        } catch (CashfreeHttp.NoAnswer e) {
            return new GatewayResult.Unknown(e.getMessage(), false, null);
        }
    }

    @Override
    public GatewayResult inquire(String transactionRef) {
        String query = "/transfers?transfer_id=" + URLEncoder.encode(transactionRef, StandardCharsets.UTF_8);
        try {
            CashfreeHttp.Answer answer = raw.redact(http.get(query, transactionRef));
            return InquiryAnswer.read(answer, transactionRef, raw.clean(answer.body()));
        } catch (CashfreeHttp.NoAnswer e) {
            return new GatewayResult.Unknown(e.getMessage(), false, null);
        }
    }

    @Override
    public WebhookVerification verifyWebhook(Map<String, List<String>> headers, byte[] body) {
        return webhooks.verify(headers, body);
    }
}
