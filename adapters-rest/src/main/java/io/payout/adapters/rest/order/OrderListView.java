package io.payout.adapters.rest.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A page of the order listing: the orders as the status API shows them without {@code expand}, newest first, and
 * the cursor of the next page, left out on the last page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OrderListView(List<OrderView> orders, String nextCursor) {
}
