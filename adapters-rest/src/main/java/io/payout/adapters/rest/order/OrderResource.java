package io.payout.adapters.rest.order;

import io.dropwizard.auth.Auth;
import io.payout.adapters.rest.auth.MerchantPrincipal;
import io.payout.application.order.CreateOrderCommand;
import io.payout.application.order.CreateOrderResult;
import io.payout.application.order.CreateOrderUseCase;
import io.payout.application.order.GetOrderQuery;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
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

/** Juspay's order create (Fulfill Only) and order status, for the authenticated merchant. */
@Path("/merchant/v1/orders")
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {
    private static final Logger LOG = LoggerFactory.getLogger(OrderResource.class);
    private final CreateOrderUseCase createOrder;
    private final GetOrderQuery getOrder;
    private final CreateOrderCommandMapper commands = new CreateOrderCommandMapper();
    private final OrderViewMapper views = new OrderViewMapper();

    public OrderResource(CreateOrderUseCase createOrder, GetOrderQuery getOrder) {
        this.createOrder = createOrder;
        this.getOrder = getOrder;
    }

    /** 200 with the order, for a new order and for an identical repeat alike; 409 E05 for a different body. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public OrderView create(@Auth MerchantPrincipal merchant, CreateOrderRequest request) {
        CreateOrderCommand command = commands.toCommand(merchant.merchantId(), request);
        CreateOrderResult result = createOrder.createOrder(command);
        Order order = result.order();
        if (result.created()) {
            LOG.info("order created: merchant={} orderId={} id={} amount={} fulfillments={}", order.merchantId(),
                    order.merchantOrderId(), order.id(), order.amount(), order.fulfillments().size());
        }
        return views.toView(order, false);
    }

    @GET
    @Path("/{orderId}")
    public OrderView status(@Auth MerchantPrincipal merchant, @PathParam("orderId") String orderId,
                            @QueryParam("expand") List<String> expand) {
        Expand expanded = Expand.parse(expand);
        MerchantOrderId merchantOrderId = InvalidInputException.at("orderId", () -> new MerchantOrderId(orderId));
        return views.toView(getOrder.getOrder(merchant.merchantId(), merchantOrderId), expanded.fulfillment());
    }
}
