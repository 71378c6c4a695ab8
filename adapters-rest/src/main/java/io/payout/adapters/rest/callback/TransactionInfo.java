package io.payout.adapters.rest.callback;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.payout.adapters.rest.order.TransactionView;

/** A {@code FULFILLMENT_TXN} callback's info: the transaction as the status API shows it, and its fulfillment's id. */
record TransactionInfo(@JsonUnwrapped TransactionView transaction, String fulfillmentId) {
}
