package io.payout.adapters.persistence;

import io.payout.application.operator.OperatorLogEntry;
import io.payout.application.operator.OperatorNote;
import io.payout.domain.MerchantId;
import java.time.Instant;

/** A row of {@code operator_log}. Public only because JDBI binds the accessors of public types alone. */
public record OperatorLogRow(String action, String target, String merchantId, String operator, String reason,
                             String details, Instant occurredAt) {

    static OperatorLogRow of(OperatorLogEntry e) {
        return new OperatorLogRow(e.action(), e.target(), e.merchantId() == null ? null : e.merchantId().value(),
                e.note().operator(), e.note().reason(), e.details(), e.at());
    }

    OperatorLogEntry toEntry() {
        return new OperatorLogEntry(action, target, merchantId == null ? null : new MerchantId(merchantId),
                new OperatorNote(operator, reason), details, occurredAt);
    }
}
