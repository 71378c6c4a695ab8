package io.payout.domain;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A fulfillment's {@code additionalInfo}: narration, the merchant's own transaction reference, the earliest
 * attempt time, the attempt window in minutes, whether failed attempts may be retried, and a callback target.
 * Every field is optional.
 */
public record AdditionalInfo(String remark, String useThisAsTR, Instant scheduleTime, Integer attemptThreshold,
                             Boolean isRetriable, WebhookTarget webhookDetails) {
    public static final AdditionalInfo NONE = new AdditionalInfo(null, null, null, null, null, null);
    /** The longest attempt window we accept: 30 days. */
    public static final int MAX_ATTEMPT_THRESHOLD_MINUTES = 43_200;
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9_\\-]{1,64}");

    public AdditionalInfo {
        InvalidInputException.at("remark", () -> Text.optional(remark, 255));
        if (useThisAsTR != null) {
            InvalidInputException.at("useThisAsTR",
                    () -> Text.matching(useThisAsTR, REFERENCE, "1 to 64 letters, digits, '_' or '-'"));
        }
        if (attemptThreshold != null && (attemptThreshold < 1 || attemptThreshold > MAX_ATTEMPT_THRESHOLD_MINUTES)) {
            throw new InvalidInputException("attemptThreshold",
                    "must be a number of minutes from 1 to " + MAX_ATTEMPT_THRESHOLD_MINUTES);
        }
    }
}
