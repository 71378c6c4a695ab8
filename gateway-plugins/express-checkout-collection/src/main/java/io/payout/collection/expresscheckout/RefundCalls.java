package io.payout.collection.expresscheckout;

import io.payout.collection.spi.RefundRequest;
import io.payout.collection.spi.RefundState;

/**
 * Refunds at Express Checkout: {@code POST /orders/{id}/refunds} keyed by {@code unique_request_id}, and the order
 * status call to look a refund up in the order's {@code refunds[]}.
 */
final class RefundCalls {
    private static final int TOO_MANY_REQUESTS = 429;
    private final ExpressCheckoutClient client;
    private final Redactor redactor;

    RefundCalls(ExpressCheckoutClient client, Redactor redactor) {
        this.client = client;
        this.redactor = redactor;
    }

    RefundState refund(RefundRequest request) {
        String orderId = ProviderIds.orderId(request.providerOrderId());
        String requestId = ProviderIds.uniqueRequestId(request.uniqueRequestId());
        FormBody form = new FormBody().add("unique_request_id", requestId)
                .add("amount", ProviderIds.amount(request.amount()));
        return client.exchange(http -> http.postForm(ExpressCheckoutProvider.orderPath(orderId) + "/refunds", form),
                answer -> refundAnswer(orderId, requestId, answer), this::unknown);
    }

    RefundState inquire(String providerOrderId, String uniqueRequestId) {
        String orderId = ProviderIds.orderId(providerOrderId);
        String requestId = ProviderIds.uniqueRequestId(uniqueRequestId);
        return client.exchange(http -> http.get(ExpressCheckoutProvider.orderPath(orderId)),
                order -> refundIn(order, requestId), this::unknown);
    }

    /**
     * 2xx: the order with its refunds. A 4xx other than 429: refused, unless the order shows the refund after all
     * (an earlier request made it); a readable order without it means the refund was certainly not made: FAILURE.
     */
    private RefundState refundAnswer(String orderId, String requestId, HttpAnswer answer) {
        if (answer.ok()) {
            return RefundLookup.find(redactor.clean(answer.body()), requestId)
                    .map(state -> state instanceof RefundState.Unknown unknown && unknown.notFound()
                            ? unknown("Express Checkout answered the refund without it") : state)
                    .orElseGet(() -> unknown("Express Checkout answered the refund with a body we cannot read"));
        }
        if (!answer.clientError() || answer.status() == TOO_MANY_REQUESTS) {
            return unknown("Express Checkout answered HTTP " + answer.status() + " to the refund");
        }
        String refusal = redactor.clean(answer.body());
        return client.exchange(http -> http.get(ExpressCheckoutProvider.orderPath(orderId)), order -> {
            RefundState state = refundIn(order, requestId);
            boolean notMade = order.ok() && state instanceof RefundState.Unknown unknown && unknown.notFound();
            return notMade ? new RefundState.Known(RefundState.Status.FAILURE, null, refusal) : state;
        }, this::unknown);
    }

    private RefundState refundIn(HttpAnswer order, String requestId) {
        if (order.ok()) {
            return RefundLookup.find(redactor.clean(order.body()), requestId)
                    .orElseGet(() -> unknown("Express Checkout answered with a body we cannot read"));
        }
        if (order.orderNotFound()) {
            return new RefundState.Unknown("Express Checkout has no order with this id", true);
        }
        return unknown("Express Checkout answered HTTP " + order.status() + " to the status call");
    }

    private RefundState unknown(String reason) {
        return new RefundState.Unknown(redactor.clean(reason), false);
    }
}
