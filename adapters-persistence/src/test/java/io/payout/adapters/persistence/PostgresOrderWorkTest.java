package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.TransactionStatus;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;

/**
 * The engine's work on PostgreSQL, where SKIP LOCKED passes over exactly the rows another claim holds, so that
 * concurrent claimers each get a full batch (H2 locks every due row for the first claimer; see OrderWorkDao).
 */
class PostgresOrderWorkTest extends OrderWorkContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }

    @Test
    void twoClaimersAtOnceEachGetAFullBatchOfDifferentOrders() throws Exception {
        insertMany(10);

        List<List<OrderId>> claims = Race.run(2,
                i -> () -> orderIds(work.claimDueOrders("w" + i, NOW, LEASE_END, 5)));

        assertThat(claims.get(0)).hasSize(5).doesNotContainAnyElementsOf(claims.get(1));
        assertThat(claims.get(1)).hasSize(5);
    }

    /**
     * A gateway webhook's hurry meets a save of the same order: the save holds the order's row and goes on to its
     * fulfillments (as {@code OrderProgressWriter} does); the hurry waits for the order's row and then does its
     * work. Taking the fulfillment's row first, it deadlocked with the save (seen in the chaos suite: one of the two
     * aborted by PostgreSQL after a second).
     */
    @Test
    void aHurryWhileASaveHoldsTheOrderWaitsForItInsteadOfDeadlocking() throws Exception {
        Order order = savedWithTransaction("order-hooked", TransactionStatus.PENDING);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Handle save = jdbi.open(); Handle watcher = jdbi.open()) {
            save.begin();
            save.createUpdate("UPDATE orders SET version = version + 1 WHERE merchant_id = :m AND order_id = :o")
                    .bind("m", ALPHA.value()).bind("o", order.id().value()).execute();
            Future<Integer> hurry = pool.submit(() -> work.makeDueNow(List.of(ref(order)), NOW.plusSeconds(1)));
            awaitOneWaitingForALock(watcher);

            save.createUpdate("UPDATE fulfillments SET updated_at = updated_at WHERE merchant_id = :m AND order_id = :o")
                    .bind("m", ALPHA.value()).bind("o", order.id().value()).execute();
            save.commit();

            assertThat(hurry.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The backlog's head, read several times a second by admission control, costs the same on a big table: with
     * 50,000 orders with nothing to do, 30 due ones held by live claims and 1,000 due ones waiting, on a table never
     * analysed, it walks {@code orders_next_due_idx} past the held ones to the first waiting one: 3 buffers when this
     * was written.
     */
    @Test
    void theOldestDueOrderIsAShortIndexScanWhateverTheTableHolds() {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO orders (merchant_id, order_id, merchant_order_id, order_type, "
                + "status, amount, customer_id, request_fingerprint, created_at, updated_at, next_due_at, lease_owner, "
                + "lease_until) SELECT 'm-alpha', 'o' || k, 'mo' || k, 'FULFILL_ONLY', 'FULFILLMENTS_SUCCESSFUL', 1.00, "
                + "'c', 'fp', :now, :now, CASE WHEN k <= 30 THEN :now - INTERVAL '1 hour' + k * INTERVAL '1 second' "
                + "WHEN k <= 1030 THEN :now - INTERVAL '30 minutes' + k * INTERVAL '1 second' END, "
                + "CASE WHEN k <= 30 THEN 'w1' END, CASE WHEN k <= 30 THEN :now + INTERVAL '1 hour' END "
                + "FROM generate_series(1, 51030) k").bind("now", NOW).execute());

        String plan = jdbi.inTransaction(h -> h.createQuery("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) "
                + OrderWorkDao.OLDEST_DUE).bind("now", NOW).mapTo(String.class).one());

        assertThat(work.oldestDue(NOW)).contains(NOW.minusSeconds(30 * 60 - 31));
        JsonNode top = plan(plan);
        assertThat(top.path("Actual Rows").asLong()).as(plan).isEqualTo(1);
        assertThat(plan).contains("orders_next_due_idx");
        assertThat(top.path("Shared Hit Blocks").asLong() + top.path("Shared Read Blocks").asLong()).as(plan)
                .isLessThan(100);
    }

    private static JsonNode plan(String json) {
        try {
            return new ObjectMapper().readTree(json).get(0).get("Plan");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }

    private static void awaitOneWaitingForALock(Handle watcher) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (watcher.createQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'").mapTo(Integer.class).one() == 0) {
            assertThat(System.currentTimeMillis()).as("the hurry never waited for the order's row").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
