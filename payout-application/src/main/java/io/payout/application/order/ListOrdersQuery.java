package io.payout.application.order;

import io.payout.domain.MerchantId;

/**
 * A merchant's orders, newest first, filtered, one page at a time. Pages are keyset pages: orders created while a
 * client pages through a listing come before its first page, so they never shift or repeat the pages that follow.
 */
public interface ListOrdersQuery {
    /** The page of the merchant's orders matching {@code filter}; orders of other merchants never appear. */
    OrderListing listOrders(MerchantId merchantId, OrderFilter filter, OrderPage page);
}
