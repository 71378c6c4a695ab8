package io.payout.application.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.application.fakes.SampleOrders;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ListOrdersServiceTest {
    private static final MerchantId ACME = new MerchantId("acme");
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");

    private final InMemoryOrderStore store = new InMemoryOrderStore();
    private final MutableClock clock = new MutableClock(START);
    private final CreateOrderService create = new CreateOrderService(store, store, new OrderLimits(Money.of("1000")),
            clock);
    private final ListOrdersService service = new ListOrdersService(store);
    private final List<Order> created = new ArrayList<>();

    @BeforeEach
    void createFiveOrdersOneMinuteApart() {
        for (int i = 1; i <= 5; i++) {
            created.add(create.createOrder(SampleOrders.oneUpi("acme", "ord-" + i, "5.00")).order());
            clock.advance(Duration.ofMinutes(1));
        }
    }

    @Test
    void aPageSmallerThanTheListingSaysWhereTheNextStarts() {
        OrderListing first = service.listOrders(ACME, OrderFilter.ANY, OrderPage.first(2));

        assertThat(first.orders()).containsExactly(created.get(4), created.get(3));
        assertThat(first.next()).contains(OrderPosition.of(created.get(3)));
    }

    @Test
    void followingTheNextPositionsWalksEveryOrderOnceAndTheLastPageHasNoNext() {
        List<Order> seen = new ArrayList<>();
        OrderListing page = service.listOrders(ACME, OrderFilter.ANY, OrderPage.first(2));
        seen.addAll(page.orders());
        while (page.next().isPresent()) {
            page = service.listOrders(ACME, OrderFilter.ANY, new OrderPage(2, page.next().get()));
            seen.addAll(page.orders());
        }

        assertThat(seen).containsExactly(created.get(4), created.get(3), created.get(2), created.get(1), created.get(0));
        assertThat(page.orders()).hasSize(1);
    }

    @Test
    void aPageExactlyAsLargeAsWhatIsLeftHasNoNext() {
        OrderListing all = service.listOrders(ACME, OrderFilter.ANY, OrderPage.first(5));

        assertThat(all.orders()).hasSize(5);
        assertThat(all.next()).isEmpty();
    }

    @Test
    void anotherMerchantSeesNone() {
        assertThat(service.listOrders(new MerchantId("globex"), OrderFilter.ANY, OrderPage.first(10)).orders())
                .isEmpty();
    }

    @Test
    void filtersApplyBeforeThePageIsCut() {
        OrderFilter window = new OrderFilter(Set.of(OrderStatus.READY_FOR_FULFILLMENT), new CustomerId("cust-2"),
                START.plus(Duration.ofMinutes(1)), START.plus(Duration.ofMinutes(3)));

        OrderListing page = service.listOrders(ACME, window, OrderPage.first(10));

        assertThat(page.orders()).containsExactly(created.get(2), created.get(1));
        assertThat(page.next()).isEmpty();
    }

    @Test
    void aLimitOutsideOneToAHundredIsRefusedNamingLimit() {
        assertThatThrownBy(() -> OrderPage.first(0)).isInstanceOf(InvalidInputException.class)
                .hasMessage("limit: must be from 1 to 100");
        assertThatThrownBy(() -> OrderPage.first(101)).isInstanceOf(InvalidInputException.class);
        assertThat(OrderPage.first(100).limit()).isEqualTo(100);
    }

    @Test
    void anEmptyOrReversedCreatedRangeIsRefusedNamingCreatedTo() {
        assertThatThrownBy(() -> new OrderFilter(Set.of(), null, START, START))
                .isInstanceOf(InvalidInputException.class).hasMessage("createdTo: must be after createdFrom");
    }
}
