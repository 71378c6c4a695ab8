package io.payout.application.engine;

/** Claims a batch of orders with due work and moves each on: attempts, inquiries, retries, reviews. */
public interface ProcessDueOrdersUseCase {
    /** @return how many orders were claimed (a full batch means more may be due) */
    int processDueOrders();
}
