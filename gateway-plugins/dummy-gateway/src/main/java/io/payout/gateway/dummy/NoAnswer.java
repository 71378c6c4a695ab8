package io.payout.gateway.dummy;

import io.payout.gateway.spi.GatewayResult;

/** The ways the sandbox leaves the outcome unknown. */
enum NoAnswer {
    /** The answer was lost on the way back (the work may have been done); nothing came back. */
    TIMEOUT("timeout", false, false),
    /** The caller's thread was interrupted while the sandbox was slow to answer; nothing was done. */
    INTERRUPTED("interrupted while waiting for the answer", false, false),
    /** The 404 the sandbox gives the first initiate of a 23.00 or 24.00 payout; nothing was recorded. */
    NOT_FOUND_AT_INITIATION("gateway answered 404 at initiation", false, true),
    /** An inquiry about a reference the sandbox never recorded: only now may the reference be sent again. */
    NOT_FOUND("no payout was recorded with this reference", true, true);

    private final String reason;
    private final boolean notFound;
    private final boolean answered;

    NoAnswer(String reason, boolean notFound, boolean answered) {
        this.reason = reason;
        this.notFound = notFound;
        this.answered = answered;
    }

    GatewayResult.Unknown answer(String transactionRef) {
        String raw = answered
                ? RawJson.with("status", "NOT_FOUND").and("httpStatus", 404).and("transactionRef", transactionRef)
                        .toString()
                : null;
        return new GatewayResult.Unknown(reason, notFound, raw);
    }
}
