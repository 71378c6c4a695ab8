package io.payout.collection.expresscheckout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The orders the fake Express Checkout holds, with their refunds, and the transitions tests script for them (the
 * end user paying, part of the amount being captured, a refund settling).
 */
final class FakeOrderLedger {
    private final Map<String, Map<String, Object>> orders = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> createForms = new LinkedHashMap<>();
    private int ids;
    private String nextRefundStatus = "PENDING";

    /** The outcome of a refund request: the order (as JSON object), or a refusal with its HTTP status. */
    record RefundOutcome(int status, Object body) {
    }

    synchronized boolean exists(String orderId) {
        return orders.containsKey(orderId);
    }

    synchronized Map<String, Object> create(Map<String, String> form, String baseUrl) {
        String orderId = form.get("order_id");
        String juspayId = "ordeh_" + String.format("%08d", ++ids);
        Map<String, Object> order = new LinkedHashMap<>();
        order.put("id", juspayId);
        order.put("order_id", orderId);
        order.put("merchant_id", FakeExpressCheckout.MERCHANT_ID);
        order.put("status", "NEW");
        order.put("status_id", 10);
        order.put("amount", new BigDecimal(form.get("amount")));
        order.put("currency", form.getOrDefault("currency", "INR"));
        order.put("customer_id", form.get("customer_id"));
        order.put("return_url", form.getOrDefault("return_url", ""));
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("web", baseUrl + "/merchant/pay/" + juspayId);
        links.put("mobile", baseUrl + "/merchant/pay/" + juspayId + "?mobile=true");
        links.put("iframe", baseUrl + "/merchant/ipay/" + juspayId);
        order.put("payment_links", links);
        order.put("refunded", false);
        order.put("amount_refunded", BigDecimal.ZERO);
        orders.put(orderId, order);
        createForms.put(orderId, Map.copyOf(form));

        Map<String, Object> created = new LinkedHashMap<>();
        created.put("status", "CREATED");
        created.put("status_id", 1);
        created.put("id", juspayId);
        created.put("order_id", orderId);
        created.put("payment_links", links);
        return created;
    }

    synchronized Optional<Map<String, Object>> find(String orderId) {
        return Optional.ofNullable(orders.get(orderId)).map(LinkedHashMap::new);
    }

    /** The form the order was created with. */
    synchronized Map<String, String> createForm(String orderId) {
        return createForms.get(orderId);
    }

    synchronized void setStatus(String orderId, String status) {
        orders.get(orderId).put("status", status);
    }

    /** The end user paid in full. */
    synchronized void charge(String orderId) {
        Map<String, Object> order = orders.get(orderId);
        order.put("status", "CHARGED");
        order.put("status_id", 21);
        order.put("effective_amount", order.get("amount"));
    }

    /** Only {@code amount} was captured. */
    synchronized void chargePartially(String orderId, String amount) {
        Map<String, Object> order = orders.get(orderId);
        order.put("status", "PARTIAL_CHARGED");
        order.put("effective_amount", amount == null ? null : new BigDecimal(amount));
    }

    synchronized void nextRefundStarts(String status) {
        nextRefundStatus = status;
    }

    /** Idempotent by unique request id: a known id changes nothing and answers the order. */
    synchronized RefundOutcome refund(String orderId, String uniqueRequestId, BigDecimal amount) {
        Map<String, Object> order = orders.get(orderId);
        if (order == null) {
            return new RefundOutcome(404, FakeExpressCheckout.error("object_not_found", "Order not found"));
        }
        if (refundWith(order, uniqueRequestId).isPresent()) {
            return new RefundOutcome(200, new LinkedHashMap<>(order));
        }
        if (!List.of("CHARGED", "PARTIAL_CHARGED").contains(order.get("status"))) {
            return new RefundOutcome(400, FakeExpressCheckout.error("invalid_request", "Order is not charged"));
        }
        BigDecimal charged = (BigDecimal) order.get("effective_amount");
        if (refundedSoFar(order).add(amount).compareTo(charged) > 0) {
            return new RefundOutcome(400, FakeExpressCheckout.error("invalid_request",
                    "Refund amount exceeds the amount charged"));
        }
        Map<String, Object> refund = new LinkedHashMap<>();
        refund.put("id", "rfd_" + String.format("%08d", ++ids));
        refund.put("unique_request_id", uniqueRequestId);
        refund.put("ref", "ref" + ids);
        refund.put("amount", amount);
        refund.put("status", nextRefundStatus);
        refunds(order).add(refund);
        order.put("amount_refunded", refundedSoFar(order));
        return new RefundOutcome(200, new LinkedHashMap<>(order));
    }

    synchronized void settleRefund(String orderId, String uniqueRequestId, String status) {
        refundWith(orders.get(orderId), uniqueRequestId).orElseThrow().put("status", status);
    }

    synchronized int refundCount(String orderId) {
        return refunds(orders.get(orderId)).size();
    }

    synchronized int orderCount() {
        return orders.size();
    }

    private static BigDecimal refundedSoFar(Map<String, Object> order) {
        return refunds(order).stream().filter(refund -> !"FAILURE".equals(refund.get("status")))
                .map(refund -> (BigDecimal) refund.get("amount")).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Optional<Map<String, Object>> refundWith(Map<String, Object> order, String uniqueRequestId) {
        return refunds(order).stream().filter(refund -> uniqueRequestId.equals(refund.get("unique_request_id")))
                .findFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> refunds(Map<String, Object> order) {
        return (List<Map<String, Object>>) order.computeIfAbsent("refunds", key -> new ArrayList<>());
    }
}
