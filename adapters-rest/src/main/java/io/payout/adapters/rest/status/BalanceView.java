package io.payout.adapters.rest.status;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One method's balance as Juspay shows it: the amount as a string with two decimals, and when it was last known. */
@JsonPropertyOrder({"lastUpdated", "balance"})
public record BalanceView(String lastUpdated, String balance) {
}
