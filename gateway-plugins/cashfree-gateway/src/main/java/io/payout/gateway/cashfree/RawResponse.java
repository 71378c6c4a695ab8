package io.payout.gateway.cashfree;

/**
 * Keeps the configured client id and secret out of everything read from an answer (should the gateway ever echo
 * them), and caps the raw-ish reply kept in a result for operators at {@value #MAX_CHARS} characters.
 */
final class RawResponse {
    static final int MAX_CHARS = 2000;
    private static final String HIDDEN = "<hidden>";
    private final String clientId;
    private final String clientSecret;

    RawResponse(String clientId, String clientSecret) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** The answer with the credentials blanked out: what the readers parse, so no message can carry them. */
    CashfreeHttp.Answer redact(CashfreeHttp.Answer answer) {
        return new CashfreeHttp.Answer(answer.status(), redact(answer.body()));
    }

    /** The body, redacted and capped, as kept in a result. */
    String clean(String body) {
        String cleaned = redact(body);
        return cleaned != null && cleaned.length() > MAX_CHARS ? cleaned.substring(0, MAX_CHARS) + "..." : cleaned;
    }

    private String redact(String body) {
        return body == null ? null : body.replace(clientSecret, HIDDEN).replace(clientId, HIDDEN);
    }
}
