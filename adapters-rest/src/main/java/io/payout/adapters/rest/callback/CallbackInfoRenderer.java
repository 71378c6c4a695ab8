package io.payout.adapters.rest.callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.payout.adapters.rest.ApiJson;
import io.payout.adapters.rest.order.OrderViewMapper;
import io.payout.adapters.rest.order.PaymentViewMapper;
import io.payout.application.callback.port.RenderCallbackInfoPort;
import io.payout.domain.FulfillmentId;
import io.payout.domain.Order;
import io.payout.domain.TransactionId;
import io.payout.domain.callback.CallbackEvent;
import io.payout.domain.collection.Refund;

/**
 * A callback's {@code info}, as the status API shows the entity the event is about, with {@code status} set to the
 * event's value (callback values are not always stored statuses, e.g. {@code INITIATED}): {@code ORDER} the order
 * without {@code expand}, {@code FULFILLMENT_ORDER} the fulfillment without its transactions, {@code FULFILLMENT_TXN}
 * the transaction plus {@code fulfillmentId}, {@code REFUND} the refund as {@code expand=refund} shows it plus
 * {@code orderId} (the order's {@code id}, ours, of which the refund id is {@code <id>-r<n>}). Compact JSON; webhook
 * passwords are never in it (the views have no field for them).
 */
public class CallbackInfoRenderer implements RenderCallbackInfoPort {
    private final OrderViewMapper views = new OrderViewMapper();
    private final PaymentViewMapper refunds = new PaymentViewMapper();
    private final ObjectWriter json;

    /** {@code json}: the API's mapper (Dropwizard's environment mapper), so that info reads as responses do. */
    public CallbackInfoRenderer(ObjectMapper json) {
        this.json = json.writer().without(SerializationFeature.INDENT_OUTPUT);
    }

    /** With a mapper configured as the API's. */
    public CallbackInfoRenderer() {
        this(ApiJson.newObjectMapper());
    }

    @Override
    public String render(Order order, CallbackEvent event) {
        Object view = switch (event.label()) {
            case ORDER -> views.toView(order, false).withStatus(event.value());
            case FULFILLMENT_ORDER -> views.toView(order.fulfillment(new FulfillmentId(event.entityId())))
                    .withStatus(event.value());
            case FULFILLMENT_TXN -> transaction(order, new TransactionId(event.entityId()), event.value());
            case REFUND -> throw new IllegalArgumentException("a REFUND callback's info is rendered from the refund");
            case VALIDATION_V2 -> throw new IllegalArgumentException(
                    "a VALIDATION_V2 callback's info is rendered from the beneficiary");
        };
        return write(view, event);
    }

    @Override
    public String renderRefund(Refund refund, CallbackEvent event) {
        return write(new RefundInfo(refunds.toView(refund).withStatus(event.value()), refund.orderId().value()), event);
    }

    private String write(Object view, CallbackEvent event) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render callback info for " + event.label() + " "
                    + event.entityId(), e);
        }
    }

    private TransactionInfo transaction(Order order, TransactionId id, String status) {
        FulfillmentId fulfillmentId = id.fulfillmentId();
        var transaction = order.fulfillment(fulfillmentId).transaction(id);
        return new TransactionInfo(views.toView(transaction).withStatus(status), fulfillmentId.value());
    }
}
