package io.payout.application.operator;

import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import java.util.List;

/**
 * An order's history, for operators and (through the API) its merchant: its status changes and the operators' actions
 * on it, oldest first.
 */
public interface OrderHistoryQuery {
    /** @throws io.payout.application.NotFoundException the merchant has no such order */
    List<HistoryEntry> history(MerchantId merchantId, MerchantOrderId merchantOrderId);
}
