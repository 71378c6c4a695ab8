package io.payout.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.NotFoundException;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.SampleOrders;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class GetOrderServiceTest {
    private static final MerchantOrderId ORD_1 = new MerchantOrderId("ord-1");

    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final GetOrderService service = new GetOrderService(store);
    private Order stored;

    @BeforeEach
    void storeAnOrderForAcme() {
        CreateOrderService create = new CreateOrderService(store, store, new OrderLimits(Money.of("1000")),
                new MutableClock(Instant.parse("2024-03-01T10:00:00Z")));
        stored = create.createOrder(SampleOrders.twoFulfillments("acme", "ord-1")).order();
    }

    @Test
    void merchantGetsItsOrder() {
        assertThat(service.getOrder(new MerchantId("acme"), ORD_1)).isEqualTo(stored);
    }

    @Test
    void anotherMerchantsOrderIsNotFound() {
        assertThatThrownBy(() -> service.getOrder(new MerchantId("globex"), ORD_1))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("ord-1");
    }

    @Test
    void unknownOrderIdIsNotFound() {
        assertThatThrownBy(() -> service.getOrder(new MerchantId("acme"), new MerchantOrderId("ord-2")))
                .isInstanceOf(NotFoundException.class);
    }
}
