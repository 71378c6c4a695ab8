package io.payout.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The orders {@link FakeExpressCheckout} holds, as Express Checkout's order status object, with their refunds: what
 * the end user paid (in full, in part, or another amount), and refunds idempotent by {@code unique_request_id},
 * refused beyond the amount charged, starting {@code PENDING} and settling {@code SUCCESS} a while later.
 */
final class FakeCheckoutLedger {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REFUND_SETTLES_AFTER = Duration.ofMillis(300);
    private final Map<String, ObjectNode> orders = new LinkedHashMap<>();
    private final Map<String, List<FakeRefund>> refunds = new LinkedHashMap<>();
    private final String merchantId;
    private String refundRefusal;
    private int ids;

    /** A refund as the fake made it: when, for how much, and with which unique request id. */
    record FakeRefund(String id, String uniqueRequestId, BigDecimal amount, long madeAtNanos) {
    }

    /** The outcome of a request: its HTTP status and JSON body. */
    record Outcome(int status, ObjectNode body) {
    }

    FakeCheckoutLedger(String merchantId) {
        this.merchantId = merchantId;
    }

    synchronized Outcome create(Map<String, String> form, String baseUrl) {
        String orderId = form.getOrDefault("order_id", "");
        if (!orderId.matches("[A-Za-z0-9]{1,20}") || !form.getOrDefault("amount", "").matches("[0-9]+\\.[0-9]{2}")
                || !form.containsKey("customer_id")) {
            return new Outcome(400, error("invalid_request", "Invalid order_id, amount or customer_id"));
        }
        if (orders.containsKey(orderId)) {
            return new Outcome(400, error("invalid_request", "Order with this order_id already exists"));
        }
        String juspayId = "ordeh_" + String.format("%08d", ++ids);
        ObjectNode order = JSON.createObjectNode().put("id", juspayId).put("order_id", orderId)
                .put("merchant_id", merchantId).put("status", "NEW").put("status_id", 10)
                .put("amount", new BigDecimal(form.get("amount"))).put("currency", form.getOrDefault("currency", "INR"))
                .put("customer_id", form.get("customer_id"));
        ObjectNode links = order.putObject("payment_links");
        links.put("web", baseUrl + "/merchant/pay/" + juspayId).put("mobile", baseUrl + "/merchant/pay/" + juspayId
                + "?mobile=true").put("iframe", baseUrl + "/merchant/ipay/" + juspayId);
        orders.put(orderId, order);
        refunds.put(orderId, new ArrayList<>());
        ObjectNode created = JSON.createObjectNode().put("status", "CREATED").put("status_id", 1).put("id", juspayId)
                .put("order_id", orderId);
        created.set("payment_links", links.deepCopy());
        return new Outcome(200, created);
    }

    /** The order status object, refunds included; 404 for an order the fake does not have. */
    synchronized Outcome status(String orderId) {
        ObjectNode order = orders.get(orderId);
        return order == null ? new Outcome(404, error("object_not_found", "Order not found"))
                : new Outcome(200, view(orderId));
    }

    /** Idempotent by unique request id: a known id changes nothing and answers the order. */
    synchronized Outcome refund(String orderId, Map<String, String> form) {
        ObjectNode order = orders.get(orderId);
        String uniqueRequestId = form.get("unique_request_id");
        if (order == null) {
            return new Outcome(404, error("object_not_found", "Order not found"));
        }
        if (uniqueRequestId == null || !form.getOrDefault("amount", "").matches("[0-9]+\\.[0-9]{2}")) {
            return new Outcome(400, error("invalid_request", "Invalid unique_request_id or amount"));
        }
        boolean known = refunds.get(orderId).stream().anyMatch(r -> r.uniqueRequestId().equals(uniqueRequestId));
        if (!known) {
            if (refundRefusal != null) {
                return new Outcome(400, error("invalid_request", refundRefusal));
            }
            if (!Set.of("CHARGED", "PARTIAL_CHARGED").contains(order.get("status").asText())) {
                return new Outcome(400, error("invalid_request", "Order is not charged"));
            }
            BigDecimal amount = new BigDecimal(form.get("amount"));
            BigDecimal refunded = refunds.get(orderId).stream().map(FakeRefund::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (refunded.add(amount).compareTo(charged(order)) > 0) {
                return new Outcome(400, error("invalid_request", "Refund amount exceeds the amount charged"));
            }
            refunds.get(orderId).add(new FakeRefund("rfd_" + String.format("%08d", ++ids), uniqueRequestId, amount,
                    System.nanoTime()));
        }
        return new Outcome(200, view(orderId));
    }

    /** The end user paid the order in full. */
    synchronized void pay(String orderId) {
        ObjectNode order = existing(orderId);
        order.put("status", "CHARGED").put("status_id", 21);
        order.set("effective_amount", order.get("amount"));
    }

    /** Only {@code amount} was captured: {@code PARTIAL_CHARGED}, with {@code effective_amount}. */
    synchronized void payPartially(String orderId, String amount) {
        existing(orderId).put("status", "PARTIAL_CHARGED").put("effective_amount", new BigDecimal(amount));
    }

    /** {@code CHARGED}, but the order now shows {@code amount} (e.g. changed on the dashboard). */
    synchronized void payOtherAmount(String orderId, String amount) {
        existing(orderId).put("status", "CHARGED").put("status_id", 21).put("amount", new BigDecimal(amount))
                .put("effective_amount", new BigDecimal(amount));
    }

    /** New refunds are refused with 400 and {@code message} (null: they are made again). */
    synchronized void refuseRefunds(String message) {
        refundRefusal = message;
    }

    synchronized Set<String> orderIds() {
        return Set.copyOf(orders.keySet());
    }

    synchronized List<FakeRefund> refundsOf(String orderId) {
        return List.copyOf(refunds.getOrDefault(orderId, List.of()));
    }

    private ObjectNode existing(String orderId) {
        ObjectNode order = orders.get(orderId);
        if (order == null) {
            throw new IllegalArgumentException("the fake Express Checkout has no order " + orderId);
        }
        return order;
    }

    private ObjectNode view(String orderId) {
        ObjectNode view = orders.get(orderId).deepCopy();
        ArrayNode list = view.putArray("refunds");
        BigDecimal refunded = BigDecimal.ZERO;
        for (FakeRefund refund : refunds.get(orderId)) {
            boolean settled = System.nanoTime() - refund.madeAtNanos() >= REFUND_SETTLES_AFTER.toNanos();
            list.addObject().put("id", refund.id()).put("ref", "ref-" + refund.id())
                    .put("unique_request_id", refund.uniqueRequestId()).put("amount", refund.amount())
                    .put("status", settled ? "SUCCESS" : "PENDING");
            refunded = refunded.add(refund.amount());
        }
        view.put("amount_refunded", refunded).put("refunded", refunded.signum() > 0);
        return view;
    }

    private static BigDecimal charged(ObjectNode order) {
        return order.has("effective_amount") ? order.get("effective_amount").decimalValue() : BigDecimal.ZERO;
    }

    static ObjectNode error(String code, String message) {
        return JSON.createObjectNode().put("status", "error").put("error_code", code).put("error_message", message);
    }
}
