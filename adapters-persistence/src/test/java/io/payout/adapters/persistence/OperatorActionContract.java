package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.orderCallback;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.engine.port.Lease;
import io.payout.application.engine.port.OrderWork;
import io.payout.application.fakes.ReviewOrders;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.operator.OperatorAction;
import io.payout.application.operator.port.OperatorActionPort.OrderTrail;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.Merchant;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Order;
import io.payout.domain.OrderStatus;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.attempt.NextWork;
import io.payout.domain.attempt.OrderProgress;
import io.payout.domain.attempt.StatusEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What {@link JdbiOperatorActionRepository} must do on every database: progress and audit row in one go. */
abstract class OperatorActionContract {
    static final MerchantId ALPHA = new MerchantId("m-alpha");
    static final MerchantId BETA = new MerchantId("m-beta");
    static final Instant NOW = TestOrders.NOW;

    private TestDatabase database;
    private Jdbi jdbi;
    private JdbiOrderRepository orders;
    private JdbiOrderWorkRepository work;
    private JdbiOperatorActionRepository actions;

    protected abstract TestDatabase openEmptyDatabase();

    @BeforeEach
    void openDatabase() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        jdbi = JdbiSetup.create(database.dataSource());
        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        merchants.insertMerchant(new Merchant(ALPHA, NOW), "key-alpha", "whsec_alpha");
        merchants.insertMerchant(new Merchant(BETA, NOW), "key-beta", "whsec_beta");
        orders = new JdbiOrderRepository(jdbi);
        work = new JdbiOrderWorkRepository(jdbi);
        actions = new JdbiOperatorActionRepository(jdbi);
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    /** An order of {@code merchant} stored with its first transaction in manual review (one minute after NOW). */
    private OrderWork inReview(String merchant, String merchantOrderId) {
        Order order = TestOrders.accepted(SampleOrders.oneUpi(merchant, merchantOrderId, "21.00"));
        orders.insertNewOrder(order, "fp-" + merchantOrderId);
        OrderWork stored = work.findByFulfillment(order.merchantId(), fId(order)).orElseThrow();
        OrderProgress progress = ReviewOrders.toReview(order, NOW.plusSeconds(60));
        assertThat(work.saveProgress(stored, progress.order(), progress.events(), List.of(),
                Map.of(fId(order), NextWork.at(NOW.plusSeconds(3600))), Lease.RELEASE)).isPositive();
        return work.findByFulfillment(order.merchantId(), fId(order)).orElseThrow();
    }

    private static FulfillmentId fId(Order order) {
        return order.fulfillments().get(0).id();
    }

    /** The resolution an operator makes at {@code at}: the progress and its audit row. */
    private record Resolution(OrderProgress progress, OperatorAction action) {
    }

    private static Resolution resolve(OrderWork before, Instant at, String reason) {
        Order order = before.order();
        Transaction t = order.fulfillments().get(0).transactions().get(0);
        OrderProgress progress = new OrderProgress(order, at);
        progress.putTransaction(fId(order), t, TransactionStatus.SUCCESS,
                new GatewayResponse("gw-ref-9", "P01", "Pending at bank", "resolved by asha: " + reason, null));
        progress.setFulfillmentStatus(fId(order), FulfillmentStatus.SUCCESS);
        return new Resolution(progress, new OperatorAction(order.merchantId(), order.id(), "RESOLVE_REVIEW",
                t.id().value(), "asha", reason, "MANUAL_REVIEW -> SUCCESS", at));
    }

    private long save(OrderWork before, Resolution r) {
        return actions.saveProgressWithAction(before, r.progress().order(), r.progress().events(),
                List.of(orderCallback(before.order(), "FULFILLMENTS_SUCCESSFUL", r.action().at())),
                Map.of(fId(before.order()), NextWork.NONE), r.action());
    }

    @Test
    void progressAndAuditRowAreWrittenTogetherAndTheTrailReadsThemBack() {
        OrderWork before = inReview("m-alpha", "order-1");
        List<StatusEvent> reviewEvents = work.findEvents(ALPHA, before.order().id());
        Resolution r = resolve(before, NOW.plusSeconds(120), "bank confirmed");

        long version = save(before, r);

        assertThat(version).isEqualTo(before.version() + 1);
        OrderWork after = work.findByFulfillment(ALPHA, fId(before.order())).orElseThrow();
        assertThat(after.order()).isEqualTo(r.progress().order());
        assertThat(after.order().status()).isEqualTo(OrderStatus.FULFILLMENTS_SUCCESSFUL);
        assertThat(after.workOf(fId(before.order()))).isEqualTo(NextWork.NONE);
        assertThat(after.version()).isEqualTo(version);
        assertThat(rows("callbacks", before.order())).isEqualTo(1);
        assertThat(leaseOwner(before.order())).isNull();
        OrderTrail trail = actions.loadTrail(ALPHA, new MerchantOrderId("order-1")).orElseThrow();
        List<StatusEvent> events = new ArrayList<>(reviewEvents);
        events.addAll(r.progress().events());
        assertThat(trail.orderId()).isEqualTo(before.order().id());
        assertThat(trail.events()).isEqualTo(events);
        assertThat(trail.actions()).containsExactly(r.action());
    }

    @Test
    void aStaleVersionWritesNeitherProgressNorAuditRow() {
        OrderWork before = inReview("m-alpha", "order-1");
        OrderWork current = work.claimDueOrders("engine", NOW.plusSeconds(3600), NOW.plusSeconds(3700), 10).get(0);
        int events = rows("status_events", before.order());

        long version = save(before, resolve(before, NOW.plusSeconds(120), "bank confirmed"));

        assertThat(version).isEqualTo(-1);
        assertThat(work.findByFulfillment(ALPHA, fId(before.order()))).contains(current);
        assertThat(rows("operator_actions", before.order())).isZero();
        assertThat(rows("callbacks", before.order())).isZero();
        assertThat(rows("status_events", before.order())).isEqualTo(events);
        assertThat(actions.loadTrail(ALPHA, new MerchantOrderId("order-1")).orElseThrow().actions()).isEmpty();
    }

    @Test
    void actionsAreReadOldestFirstAndTheTrailKeepsEventsInSequence() {
        OrderWork before = inReview("m-alpha", "order-1");
        Resolution r = resolve(before, NOW.plus(java.time.Duration.ofMillis(120_123)), "first look");
        save(before, r);
        OrderWork after = work.findByFulfillment(ALPHA, fId(before.order())).orElseThrow();
        OperatorAction note = new OperatorAction(ALPHA, before.order().id(), "NOTE", null, "ravi", "called the bank",
                null, NOW.plusSeconds(90));
        actions.saveProgressWithAction(after, after.order(), List.of(), List.of(), after.work(), note);

        OrderTrail trail = actions.loadTrail(ALPHA, new MerchantOrderId("order-1")).orElseThrow();

        assertThat(trail.actions()).containsExactly(note, r.action());
        assertThat(trail.events()).extracting(StatusEvent::value).containsExactly("MANUAL_REVIEW", "MANUAL_REVIEW",
                "FULFILLMENTS_MANUAL_REVIEW", "SUCCESS", "SUCCESS", "FULFILLMENTS_SUCCESSFUL");
    }

    @Test
    void anotherMerchantSeesNeitherTheOrderNorItsActions() {
        OrderWork alpha = inReview("m-alpha", "order-1");
        OrderWork beta = inReview("m-beta", "order-1");
        save(alpha, resolve(alpha, NOW.plusSeconds(120), "alpha's bank"));

        assertThat(actions.loadTrail(BETA, new MerchantOrderId("order-1")).orElseThrow().actions()).isEmpty();
        assertThat(actions.loadTrail(BETA, new MerchantOrderId("order-1")).orElseThrow().orderId())
                .isEqualTo(beta.order().id());
        assertThat(actions.loadTrail(BETA, new MerchantOrderId("order-2"))).isEmpty();
        assertThat(actions.loadTrail(ALPHA, new MerchantOrderId("order-1")).orElseThrow().actions())
                .extracting(OperatorAction::reason).containsExactly("alpha's bank");
    }

    private int rows(String table, Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table + " WHERE order_id = :id")
                .bind("id", order.id().value()).mapTo(Integer.class).one());
    }

    private String leaseOwner(Order order) {
        return jdbi.withHandle(h -> h.createQuery("SELECT lease_owner FROM orders WHERE order_id = :id")
                .bind("id", order.id().value()).mapTo(String.class).one());
    }
}
