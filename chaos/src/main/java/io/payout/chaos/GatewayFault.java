package io.payout.chaos;

/** The ways the fake RazorpayX misbehaves; the driver switches between them during a run. */
enum GatewayFault {
    /** Hangs past the connector's request timeout (half the time after making the payout, half without). */
    TIMEOUT,
    /** Answers 502 after making the payout, or 503 without making it. */
    SERVER_ERROR,
    /** Makes the payout, then answers 200 with a body that is not JSON. */
    GARBAGE,
    /** Answers correctly, but only after 1 to 2.5 s (below the connector's timeout). */
    SLOW,
    /**
     * Answers 429 in RazorpayX's error envelope without doing anything: a create refused this way is a certain,
     * retryable failure to the connector (the engine retries it under a new reference); an inquiry, an unknown.
     */
    RATE_LIMITED,
    /** Payouts created now stay {@code processing} for a long while before they are settled. */
    LATE_SETTLE
}
