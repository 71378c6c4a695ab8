package io.payout.application.order;

import static io.payout.application.order.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.ConflictException;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.SampleOrders;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class CreateOrderServiceTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final MerchantOrderId ORD_1 = new MerchantOrderId("ord-1");

    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final MutableClock clock = new MutableClock(START);
    private final CreateOrderService service = serviceOn(store);

    private CreateOrderService serviceOn(InMemoryOrderStore orders) {
        return new CreateOrderService(orders, orders, new OrderLimits(Money.of("100000.00")), clock);
    }

    @Test
    void newOrderIsCreatedAndStored() {
        CreateOrderCommand command = SampleOrders.twoFulfillments("acme", "ord-1");

        CreateOrderResult result = service.createOrder(command);

        assertThat(result.created()).isTrue();
        Order order = result.order();
        assertThat(order.merchantId()).isEqualTo(ACME);
        assertThat(order.merchantOrderId()).isEqualTo(ORD_1);
        assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_FULFILLMENT);
        assertThat(order.amount()).isEqualTo(Money.of("10.50"));
        assertThat(order.createdAt()).isEqualTo(START);
        assertThat(order.fulfillments()).hasSize(2)
                .allSatisfy(f -> assertThat(f.status()).isEqualTo(FulfillmentStatus.CREATED));
        assertThat(store.findOrder(ACME, ORD_1)).contains(order);
        assertThat(store.findCreateFingerprint(ACME, ORD_1)).contains(command.fingerprint());
    }

    @Test
    void identicalRepeatReturnsTheStoredOrder() {
        Order first = service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1")).order();
        clock.advance(Duration.ofMinutes(5));

        CreateOrderResult repeat = service.createOrder(SampleOrders.twoFulfillments("acme", "ord-1"));

        assertThat(repeat.created()).isFalse();
        assertThat(repeat.order().id()).isEqualTo(first.id());
        assertThat(repeat.order()).isEqualTo(first);
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void repeatWithTheAmountWrittenDifferentlyIsTheSameRequest() {
        Order first = service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "10")).order();

        CreateOrderResult repeat = service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "10.00"));

        assertThat(repeat.created()).isFalse();
        assertThat(repeat.order().id()).isEqualTo(first.id());
    }

    @Test
    void differentBodyWithTheSameOrderIdIsAConflictAndChangesNothing() {
        CreateOrderCommand original = SampleOrders.oneUpi("acme", "ord-1", "10");
        Order first = service.createOrder(original).order();

        assertThatThrownBy(() -> service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "11")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ord-1");

        assertThat(store.size()).isEqualTo(1);
        assertThat(store.findOrder(ACME, ORD_1)).contains(first);
        assertThat(store.findCreateFingerprint(ACME, ORD_1)).contains(original.fingerprint());
    }

    @Test
    void sameOrderIdForAnotherMerchantIsASeparateOrder() {
        Order acme = service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "10")).order();

        CreateOrderResult other = service.createOrder(SampleOrders.oneUpi("globex", "ord-1", "11"));

        assertThat(other.created()).isTrue();
        assertThat(other.order().id()).isNotEqualTo(acme.id());
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.findOrder(ACME, ORD_1)).contains(acme);
    }

    @Test
    void amountAtTheLimitIsAccepted() {
        assertThat(service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "100000")).created()).isTrue();
    }

    @Test
    void amountOverTheLimitIsRefusedOnAmountAndNothingIsStored() {
        InvalidInputException e = refusedOn("amount",
                () -> service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "100000.01")));

        assertThat(e.reason()).contains("100000.00");
        assertThat(store.size()).isZero();
    }

    @Test
    void repeatOfAnOrderAcceptedBeforeTheLimitWasLoweredStillGetsTheStoredOrder() {
        Order first = service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "5000")).order();
        CreateOrderService lowered = new CreateOrderService(store, store, new OrderLimits(Money.of("1000.00")), clock);

        CreateOrderResult repeat = lowered.createOrder(SampleOrders.oneUpi("acme", "ord-1", "5000"));

        assertThat(repeat.created()).isFalse();
        assertThat(repeat.order()).isEqualTo(first);
        refusedOn("amount", () -> lowered.createOrder(SampleOrders.oneUpi("acme", "ord-2", "5000")));
    }

    @Test
    void invalidRequestReusingAnOrderIdIsAConflictAndChangesNothing() {
        Order first = service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "10")).order();

        assertThatThrownBy(() -> service.createOrder(SampleOrders.oneUpi("acme", "ord-1", "100000.01")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ord-1");

        assertThat(store.size()).isEqualTo(1);
        assertThat(store.findOrder(ACME, ORD_1)).contains(first);
    }

    @Test
    void raceLostToAnIdenticalRequestReturnsTheWinnersOrder() {
        RacingOrderStore racing = new RacingOrderStore();
        racing.letCompetitorWinNextInsert(SampleOrders.twoFulfillments("acme", "ord-1"));

        CreateOrderResult result = serviceOn(racing).createOrder(SampleOrders.twoFulfillments("acme", "ord-1"));

        assertThat(result.created()).isFalse();
        assertThat(result.order().id()).isEqualTo(racing.winner().id());
        assertThat(result.order()).isEqualTo(racing.winner());
        assertThat(racing.size()).isEqualTo(1);
    }

    @Test
    void raceLostToADifferentRequestIsAConflict() {
        RacingOrderStore racing = new RacingOrderStore();
        racing.letCompetitorWinNextInsert(SampleOrders.oneUpi("acme", "ord-1", "10"));

        assertThatThrownBy(() -> serviceOn(racing).createOrder(SampleOrders.oneUpi("acme", "ord-1", "12")))
                .isInstanceOf(ConflictException.class);

        assertThat(racing.size()).isEqualTo(1);
        assertThat(racing.findOrder(ACME, ORD_1)).contains(racing.winner());
    }
}
