package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.fakes.SampleOrders;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TimeZone;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The order contract on a real database, and what only a database can get wrong. */
abstract class JdbiOrderStoreContract extends OrderStoreContract<JdbiOrderRepository> {
    private TestDatabase database;
    private Jdbi jdbi;

    protected abstract TestDatabase openEmptyDatabase();

    @Override
    protected JdbiOrderRepository newStore() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        jdbi = JdbiSetup.create(database.dataSource());
        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        merchants.insertMerchant(new Merchant(ALPHA, TestOrders.NOW), "key-alpha", "whsec_alpha");
        merchants.insertMerchant(new Merchant(BETA, TestOrders.NOW), "key-beta", "whsec_beta");
        return new JdbiOrderRepository(jdbi);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void instantsAreStoredAsUtcWhateverTheJvmTimeZone() {
        TimeZone jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
        try {
            Order order = TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-1", "5.00"));
            store.insertNewOrder(order, "fp-1");

            BigDecimal epochSeconds = jdbi.withHandle(h -> h.createQuery(
                    "SELECT EXTRACT(EPOCH FROM created_at) FROM orders").mapTo(BigDecimal.class).one());
            assertThat(epochSeconds).isEqualByComparingTo("1740824130.123456");
            assertThat(store.findOrder(ALPHA, order.merchantOrderId()).orElseThrow().createdAt())
                    .isEqualTo(TestOrders.NOW);
        } finally {
            TimeZone.setDefault(jvmZone);
        }
    }

    @Test
    void instantsAreCutToTheMicrosecond() {
        Instant withNanos = Instant.parse("2025-03-01T10:15:30.123456789Z");
        Order order = TestOrders.accepted(SampleOrders.oneUpi("m-alpha", "order-1", "5.00"), withNanos);
        store.insertNewOrder(order, "fp-1");

        Order stored = store.findOrder(ALPHA, order.merchantOrderId()).orElseThrow();

        assertThat(stored.createdAt()).isEqualTo(TestOrders.NOW);
        assertThat(stored.fulfillments().get(0).statusUpdatedAt()).isEqualTo(TestOrders.NOW);
    }

    @Test
    void orderWhoseWriteFailsHalfwayLeavesNothingBehind() {
        store.insertNewOrder(TestOrders.withAttempts("m-alpha", "order-1", "ref-shared"), "fp-1");
        Order reusingRefs = TestOrders.withAttempts("m-alpha", "order-2", "ref-shared");

        assertThatThrownBy(() -> store.insertNewOrder(reusingRefs, "fp-2")).isInstanceOf(JdbiException.class);

        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-2"))).isEmpty();
        assertThat(rowsOfOrder("fulfillments", reusingRefs)).isZero();
        assertThat(rowsOfOrder("transactions", reusingRefs)).isZero();
    }

    @Test
    void moneyIsStoredAsExactDecimal() {
        Order order = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-1"));
        store.insertNewOrder(order, "fp-1");

        String type = jdbi.withHandle(h -> h.createQuery("SELECT data_type FROM information_schema.columns "
                + "WHERE table_schema = CURRENT_SCHEMA AND table_name = 'orders' AND column_name = 'amount'")
                .mapTo(String.class).one());
        BigDecimal amount = jdbi.withHandle(h -> h.createQuery("SELECT amount FROM orders")
                .mapTo(BigDecimal.class).one());

        assertThat(type).isEqualToIgnoringCase("numeric");
        assertThat(amount).isEqualTo(new BigDecimal("10.50"));
    }

    @Test
    void payAndFulfillOrderWaitsForItsPaymentWhichIsDueAtItsOwnTime() {
        Order order = TestPayments.payAndFulfill(SampleOrders.twoFulfillments("m-alpha", "order-1"), TestOrders.NOW);
        Instant paymentDue = TestOrders.NOW.plusSeconds(2);

        store.insertNewOrder(order, "fp-1", null, TestPayments.open(order, "po-1", TestOrders.NOW), paymentDue);

        assertThat(dueTimes("orders", order)).containsExactly((Instant) null);
        assertThat(dueTimes("fulfillments", order)).containsExactly(null, null);
        assertThat(dueTimes("payments", order)).containsExactly(paymentDue);
        boolean refundCheckDue = jdbi.withHandle(h -> h.createQuery("SELECT refund_check_due FROM payments")
                .mapTo(Boolean.class).one());
        assertThat(refundCheckDue).isFalse();
    }

    @Test
    void readyOrderIsDueAtItsCreationThroughEitherCreateWithoutAPaymentRow() {
        Order three = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-3"));
        Order five = TestOrders.accepted(SampleOrders.twoFulfillments("m-alpha", "order-5"));

        store.insertNewOrder(three, "fp-3", null);
        store.insertNewOrder(five, "fp-5", null, null, null);

        for (Order order : List.of(three, five)) {
            assertThat(dueTimes("orders", order)).containsExactly(TestOrders.NOW);
            assertThat(dueTimes("fulfillments", order)).containsExactly(TestOrders.NOW, TestOrders.NOW);
            assertThat(rowsOfOrder("payments", order)).isZero();
        }
    }

    @Test
    void paymentReusingAProviderOrderIdIsRefusedLeavingNothingBehind() {
        Order first = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", "order-1", "5.00"), TestOrders.NOW);
        Order second = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", "order-2", "5.00"), TestOrders.NOW);
        store.insertNewOrder(first, "fp-1", null, TestPayments.open(first, "po-shared", TestOrders.NOW),
                TestOrders.NOW);

        assertThatThrownBy(() -> store.insertNewOrder(second, "fp-2", null,
                TestPayments.open(second, "po-shared", TestOrders.NOW), TestOrders.NOW))
                .isInstanceOf(JdbiException.class);

        assertThat(store.findCreateFingerprint(ALPHA, new MerchantOrderId("order-2"))).isEmpty();
        assertThat(Arrays.asList(rowsOfOrder("fulfillments", second), rowsOfOrder("payments", second)))
                .containsOnly(0);
    }

    private List<Instant> dueTimes(String table, Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT next_due_at FROM " + table + " WHERE order_id = :orderId")
                .bind("orderId", order.id().value()).mapTo(Instant.class).list());
    }

    private int rowsOfOrder(String table, Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE order_id = :orderId")
                .bind("orderId", order.id().value()).mapTo(Integer.class).one());
    }
}
