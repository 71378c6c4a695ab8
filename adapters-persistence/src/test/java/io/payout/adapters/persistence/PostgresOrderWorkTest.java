package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static void awaitOneWaitingForALock(Handle watcher) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (watcher.createQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND wait_event_type = 'Lock'").mapTo(Integer.class).one() == 0) {
            assertThat(System.currentTimeMillis()).as("the hurry never waited for the order's row").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
