package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.refundCallback;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.collection.port.CollectionWorkPort.RefundCandidate;
import io.payout.application.fakes.SampleOrders;
import io.payout.domain.Merchant;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The collection contract on a real database, and what only a database can get wrong. */
abstract class JdbiCollectionWorkContract extends CollectionWorkContract {
    private TestDatabase database;
    protected Jdbi jdbi;

    protected abstract TestDatabase openEmptyDatabase();

    @Override
    protected Stores newStores() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        jdbi = JdbiSetup.create(database.dataSource());
        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        merchants.insertMerchant(new Merchant(ALPHA, NOW), "key-alpha", "whsec_alpha");
        merchants.insertMerchant(new Merchant(BETA, NOW), "key-beta", "whsec_beta");
        return new Stores(new JdbiOrderRepository(jdbi), new JdbiOrderWorkRepository(jdbi),
                new JdbiCollectionRepository(jdbi), new JdbiCallbackOutbox(jdbi));
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void lostDecisionLeavesTheOrdersCallbackSequenceAsItWas() {
        Placed p = finished(ALPHA, "order-1");
        RefundCandidate c = collection.findRefundCandidates(10).get(0);
        Instant t = NOW.plusSeconds(30);
        Refund refund = decide(c, t);
        collection.decideRefund(c.payment(), refund, List.of(refundCallback(refund, "PENDING", t)), t);
        Refund again = Refund.decided(c.payment(), 2, Money.of("1.00"), "again", t);

        boolean decided = collection.decideRefund(c.payment(), again,
                List.of(refundCallback(again, "PENDING", t), refundCallback(again, "PENDING", t)), t);

        assertThat(decided).isFalse();
        assertThat(number("SELECT callback_seq FROM orders WHERE order_id = :id", p.order())).isEqualTo(3);
        assertThat(number("SELECT COUNT(*) FROM refunds WHERE order_id = :id", p.order())).isEqualTo(1);
        assertThat(number("SELECT COUNT(*) FROM payments WHERE order_id = :id AND refund_check_due = FALSE",
                p.order())).isEqualTo(1);
    }

    @Test
    void paymentSavedWithItsOrderIsNoLongerDueAndDecidedRefundIsDueAtTheDecision() {
        Refund refund = decided(ALPHA, "order-1", NOW.plusSeconds(30));

        Instant paymentDue = jdbi.withHandle(h -> h.createQuery("SELECT next_due_at FROM payments")
                .mapTo(Instant.class).list().get(0));
        Instant refundDue = jdbi.withHandle(h -> h.createQuery("SELECT next_due_at FROM refunds")
                .mapTo(Instant.class).one());

        assertThat(paymentDue).isNull();
        assertThat(refundDue).isEqualTo(NOW.plusSeconds(30));
        assertThat(refund.id()).endsWith("-r1");
    }

    @Test
    void refundChoiceOfTheOrderKeepsItsThreeValues() {
        for (Boolean choice : new Boolean[] {true, false, null}) {
            String id = "order-" + choice;
            Order order = TestPayments.payAndFulfill(SampleOrders.oneUpi("m-alpha", id, "5.00"), NOW);
            Payment open = TestPayments.open(order, "po-" + choice, NOW);
            Payment payment = Payment.open(order.id(), order.merchantId(), open.provider(), open.providerOrderId(),
                    open.amount(), choice, open.expiresAt(), NOW);
            orders.insertNewOrder(order, "fp", null, payment, NOW);

            assertThat(collection.findPayment(ALPHA, order.id()).orElseThrow().refundOnFailure()).isEqualTo(choice);
        }
    }

    private long number(String sql, Order order) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("id", order.id().value()).mapTo(Long.class).one());
    }
}
