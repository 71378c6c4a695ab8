package io.payout.adapters.rest.order;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.InvalidInputException;
import io.payout.domain.WebhookTarget;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A fulfillment's {@code additionalInfo}, with its {@code scheduleTime} and {@code webhookDetails}. */
final class AdditionalInfoMapper {
    AdditionalInfo toAdditionalInfo(String field, CreateOrderRequest.AdditionalInfo request) {
        if (request == null) {
            return AdditionalInfo.NONE;
        }
        Instant scheduleTime = scheduleTime(field + ".scheduleTime", RequestText.absentIfBlank(request.scheduleTime()));
        WebhookTarget webhook = webhook(field + ".webhookDetails", request.webhookDetails());
        return InvalidInputException.at(field, () -> new AdditionalInfo(request.remark(),
                RequestText.absentIfBlank(request.useThisAsTR()), scheduleTime, request.attemptThreshold(),
                request.isRetriable(), webhook));
    }

    /** An ISO-8601 instant ({@code 2024-01-31T10:00:00Z}) or offset date-time ({@code ...T15:30:00+05:30}). */
    private static Instant scheduleTime(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException notAnInstant) {
            try {
                return OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(field,
                        "must be an ISO-8601 date-time with a zone, such as 2024-01-31T10:00:00Z or 2024-01-31T15:30:00+05:30");
            }
        }
    }

    private static WebhookTarget webhook(String field, CreateOrderRequest.WebhookDetails request) {
        if (request == null) {
            return null;
        }
        String customHeader = CustomHeaderField.text(field + ".customHeader", request.customHeader());
        return InvalidInputException.at(field,
                () -> new WebhookTarget(request.url(), request.username(), request.password(), customHeader));
    }
}
