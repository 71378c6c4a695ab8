package io.payout.adapters.rest.order;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.adapters.rest.error.ApiErrorException;
import io.payout.adapters.rest.error.ErrorCode;
import io.payout.application.collection.OrderPaymentsQuery;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderResult;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.GetOrderQuery;
import io.payout.application.order.ListOrdersQuery;
import io.payout.application.order.OrderFilter;
import io.payout.application.order.OrderListing;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderType;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Juspay's order create (Fulfill Only and Pay and Fulfill) and order status, for the authenticated merchant, and our
 * order listing (Juspay has none for merchants). The create response carries a Pay and Fulfill order's payment as it
 * stands once the create call returns (with its payment links when the provider answered in time); the status API
 * shows payments and refunds on request.
 */
@Path("/merchant/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private static final Logger LOG = LoggerFactory.getLogger(OrderResource.class);
    private final CreateOrderUseCase createOrder;
    private final GetOrderQuery getOrder;
    private final ListOrdersQuery listOrders;
    private final OrderPaymentsQuery payments;
    private final CreateOrderCommandMapper commands = new CreateOrderCommandMapper();
    private final OrderViewMapper views = new OrderViewMapper();

    /** {@code listOrders} may be null: then {@code GET /merchant/v1/orders} answers 404 E09. */
    public OrderResource(CreateOrderUseCase createOrder, GetOrderQuery getOrder, ListOrdersQuery listOrders,
                         OrderPaymentsQuery payments) {
        this.createOrder = createOrder;
        this.getOrder = getOrder;
        this.listOrders = listOrders;
        this.payments = payments;
    }

    /** 200 with the order, for a new order and for an identical repeat alike; 409 E05 for a different body. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderView create(@Auth MerchantPrincipal merchant, CreateOrderRequest request) {
        CreateOrderCommand command = commands.toCommand(merchant.merchantId(), request);
        CreateOrderResult result = createOrder.createOrder(command);
        Order order = result.order();
        List<Payment> orderPayments = order.type() == OrderType.PAY_AND_FULFILL
                ? payments.paymentsOf(order.merchantId(), order.id()) : List.of();
        if (result.created()) {
            LOG.info("order created: merchant={} orderId={} id={} type={} amount={} fulfillments={}{}",
                    order.merchantId(), order.merchantOrderId(), order.id(), order.type(), order.amount(),
                    order.fulfillments().size(), paymentNote(orderPayments));
        }
        return views.toView(order, false, orderPayments, List.of());
    }

    /** The merchant's orders, newest first, a page at a time ({@link ListOrdersParams}). */
    @GET
    public OrderListView list(@Auth MerchantPrincipal merchant, @BeanParam ListOrdersParams params) {
        if (listOrders == null) {
            throw new ApiErrorException(404, ErrorCode.E09, "not found: no API at this path");
        }
        OrderFilter filter = params.filter();
        OrderListing listing = listOrders.listOrders(merchant.merchantId(), filter, params.page(filter));
        return new OrderListView(listing.orders().stream().map(order -> views.toView(order, false)).toList(),
                listing.next().map(next -> OrderCursor.encode(next, filter)).orElse(null));
    }

    @GET
    @Path("/{orderId}")
    public OrderView status(@Auth MerchantPrincipal merchant, @PathParam("orderId") String orderId,
                            @QueryParam("expand") List<String> expand) {
        Expand expanded = Expand.parse(expand);
        MerchantOrderId merchantOrderId = InvalidInputException.at("orderId", () -> new MerchantOrderId(orderId));
        Order order = getOrder.getOrder(merchant.merchantId(), merchantOrderId);
        boolean collects = order.type() == OrderType.PAY_AND_FULFILL;
        List<Payment> orderPayments = collects && expanded.payment()
                ? payments.paymentsOf(order.merchantId(), order.id()) : List.of();
        List<Refund> refunds = collects && expanded.refund()
                ? payments.refundsOf(order.merchantId(), order.id()) : List.of();
        return views.toView(order, expanded.fulfillment(), orderPayments, refunds);
    }

    private static String paymentNote(List<Payment> orderPayments) {
        return orderPayments.stream().findFirst().map(p -> " provider=" + p.provider() + " providerOrderId="
                + p.providerOrderId() + " payment=" + p.status()).orElse("");
    }
}
