package io.payout.collection.expresscheckout;

import io.payout.collection.spi.RefundState;
import java.util.List;
import java.util.Optional;

/**
 * Finds a refund, by its {@code unique_request_id}, in the {@code refunds[]} of an order object (what the refund
 * call and the order status answer). Refund statuses {@code PENDING}, {@code SUCCESS}, {@code FAILURE}; Express
 * Checkout's {@code MANUAL_REVIEW} is still pending; any other is {@code Unknown}.
 */
final class RefundLookup {
    private RefundLookup() {
    }

    /** What a readable order says about the refund; empty when the body is not an order we can read. */
    static Optional<RefundState> find(String raw, String uniqueRequestId) {
        Optional<Object> order = JsonPath.parse(raw).filter(body -> JsonPath.text(body, "status").isPresent()
                || JsonPath.text(body, "order_id").isPresent());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        List<?> refunds = JsonPath.list(order.get(), "refunds").orElse(List.of());
        return Optional.of(refunds.stream()
                .filter(refund -> JsonPath.text(refund, "unique_request_id").filter(uniqueRequestId::equals).isPresent())
                .findFirst()
                .map(refund -> known(refund, raw))
                .orElseGet(() -> new RefundState.Unknown("Express Checkout has no refund with this unique request id",
                        true)));
    }

    private static RefundState known(Object refund, String raw) {
        String status = JsonPath.text(refund, "status").orElse("");
        String providerRefundId = JsonPath.text(refund, "id").or(() -> JsonPath.text(refund, "ref")).orElse(null);
        return switch (status) {
            case "PENDING", "MANUAL_REVIEW" -> new RefundState.Known(RefundState.Status.PENDING, providerRefundId, raw);
            case "SUCCESS" -> new RefundState.Known(RefundState.Status.SUCCESS, providerRefundId, raw);
            case "FAILURE" -> new RefundState.Known(RefundState.Status.FAILURE, providerRefundId, raw);
            default -> new RefundState.Unknown("Express Checkout shows the refund with the unrecognised status '"
                    + status + "'", false);
        };
    }
}
