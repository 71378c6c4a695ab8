package io.payout.application.order;

import io.payout.application.collection.StartCollectionService;
import io.payout.application.order.port.LoadOrderPort;
import io.payout.application.order.port.SaveOrderPort;
import io.payout.domain.InvalidInputException;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderType;
import io.payout.domain.collection.Payment;
import java.time.Instant;
import java.time.Clock;
import java.util.List;

/**
 * Creates an order, idempotently: a request that repeats an earlier one (same merchant, orderId and body) gets
 * the stored order back; one that reuses the orderId with a different body is refused. The order and its
 * fulfillments are written in one transaction, and the unique key on (merchant, orderId) settles races. A
 * {@code BENE_ID} beneficiary is resolved to the saved one when the order is created ({@link BeneIdResolver}); the
 * fingerprint is taken from the request as sent, so a repeat is recognised whatever became of the beneficiary.
 */
public class CreateOrderService implements CreateOrderUseCase {
    private final EarlierOrders earlier;
    private final SaveOrderPort saveOrderPort;
    private final OrderLimits limits;
    private final StartCollectionService collections;
    private final BeneIdResolver beneIds;
    private final Clock clock;

    public CreateOrderService(LoadOrderPort loadOrderPort, SaveOrderPort saveOrderPort, OrderLimits limits, Clock clock) {
        this(loadOrderPort, saveOrderPort, limits, null, clock);
    }

    /** {@code collections}: null when Pay and Fulfill is not enabled (such orders are refused). */
    public CreateOrderService(LoadOrderPort loadOrderPort, SaveOrderPort saveOrderPort, OrderLimits limits,
                              StartCollectionService collections, Clock clock) {
        this(loadOrderPort, saveOrderPort, limits, collections, BeneIdResolver.DISABLED, clock);
    }

    /** {@code beneIds}: resolves {@code BENE_ID} beneficiaries ({@link BeneIdResolver#DISABLED} refuses them). */
    public CreateOrderService(LoadOrderPort loadOrderPort, SaveOrderPort saveOrderPort, OrderLimits limits,
                              StartCollectionService collections, BeneIdResolver beneIds, Clock clock) {
        this.collections = collections;
        this.beneIds = beneIds;
        this.earlier = new EarlierOrders(loadOrderPort);
        this.saveOrderPort = saveOrderPort;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Tries the new order first, in one round trip to the database when the request needs no lookup: a repeat is
     * recognised by the unique key when the insert loses to the stored order. A request refused as invalid is looked
     * up before the refusal goes out, so that a repeat of an order accepted earlier still gets it back (even if a
     * limit or a saved beneficiary changed since), and a reuse of its orderId is still a conflict.
     */
    @Override
    public CreateOrderResult createOrder(CreateOrderCommand command) {
        String fingerprint = command.fingerprint();
        try {
            return createNew(command, fingerprint);
        } catch (InvalidInputException refused) {
            return earlier.repeatOf(command, fingerprint).orElseThrow(() -> refused);
        }
    }

    private CreateOrderResult createNew(CreateOrderCommand command, String fingerprint) {
        if (command.amount().isGreaterThan(limits.maxOrderAmount())) {
            throw new InvalidInputException("amount", "must be at most " + limits.maxOrderAmount());
        }
        if (command.type() == OrderType.PAY_AND_FULFILL && collections == null) {
            throw new InvalidInputException("type", "PAY_AND_FULFILL is not enabled on this service");
        }
        List<NewFulfillment> fulfillments = beneIds.resolve(command);
        if (command.type() == OrderType.PAY_AND_FULFILL) {
            return payAndFulfill(command, fulfillments, fingerprint);
        }
        Order order = Order.acceptFulfillOnly(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), fulfillments, clock.instant());
        if (saveOrderPort.insertNewOrder(order, fingerprint, command.retryPolicy())) {
            return new CreateOrderResult(order, true);
        }
        return lostRace(command, fingerprint);
    }

    /**
     * A Pay and Fulfill order is written with its payment (claimed by this request for a lease), then its collection
     * order is created at the provider while the merchant waits; if that fails the pump retries in the background.
     */
    private CreateOrderResult payAndFulfill(CreateOrderCommand command, List<NewFulfillment> fulfillments,
                                            String fingerprint) {
        Instant now = clock.instant();
        Order order = Order.acceptPayAndFulfill(OrderId.random(), command.merchantId(), command.merchantOrderId(),
                command.amount(), command.customer(), command.udfs(), fulfillments, now);
        Payment payment = collections.open(order, command.refundOnFailure(), now);
        if (saveOrderPort.insertNewOrder(order, fingerprint, command.retryPolicy(), payment,
                collections.claimedUntil(now))) {
            collections.createNow(payment, order);
            return new CreateOrderResult(order, true);
        }
        return lostRace(command, fingerprint);
    }

    private CreateOrderResult lostRace(CreateOrderCommand command, String fingerprint) {
        return earlier.repeatOf(command, fingerprint)
                .orElseThrow(() -> new IllegalStateException("order " + command.merchantOrderId() + " vanished"));
    }
}
