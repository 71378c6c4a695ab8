package io.payout.adapters.rest.callback;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryAttempt;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** Builds {@link CallbackView}s; a URL with user info ({@code https://user:pass@host}) is shown without it. */
final class CallbackViewMapper {
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#@]*@");

    CallbackView toView(CallbackRecord record) {
        return new CallbackView(record.id(), record.sequence(), record.event().label().name(), record.event().value(),
                record.event().entityId(), withoutUserInfo(record.url()), record.status().name(),
                time(record.createdAt()), time(record.nextAttemptAt()), time(record.deliveredAt()),
                record.attempts().stream().map(CallbackViewMapper::attempt).toList());
    }

    private static CallbackView.Attempt attempt(DeliveryAttempt attempt) {
        return new CallbackView.Attempt(time(attempt.startedAt()), attempt.duration().toMillis(), attempt.httpStatus(),
                attempt.error());
    }

    static String withoutUserInfo(String url) {
        return USER_INFO.matcher(url).replaceFirst("$1");
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
