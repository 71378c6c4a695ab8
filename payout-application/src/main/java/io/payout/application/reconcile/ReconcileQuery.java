package io.payout.application.reconcile;

/** What an operator takes to the bank: every transaction of a range whose outcome is unknown, pending or in review. */
public interface ReconcileQuery {
    ReconcileReport reconcile(ReconcileRequest request);
}
