package io.payout.application.operator;

import io.payout.domain.Transaction;

/** Settles a transaction an operator checked with the bank; the order moves on and its callbacks go out. */
public interface ResolveReviewUseCase {
    /**
     * @return the resolved transaction
     * @throws io.payout.application.NotFoundException the merchant has no such transaction
     * @throws io.payout.application.ConflictException the transaction is not in manual review
     */
    Resolution resolve(ResolveReviewCommand command);

    /** The transaction as resolved, and the order's status after it. */
    record Resolution(Transaction transaction, io.payout.domain.OrderStatus orderStatus) {
    }
}
