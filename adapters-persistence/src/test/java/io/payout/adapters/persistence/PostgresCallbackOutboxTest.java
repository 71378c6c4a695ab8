package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.callbackId;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.Order;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The callback outbox on PostgreSQL, where SKIP LOCKED passes over exactly the heads another claim holds, so that
 * concurrent claimers each get a full batch (H2 locks every due row for the first claimer; see CallbackDao).
 */
class PostgresCallbackOutboxTest extends JdbiCallbackOutboxContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }

    @Test
    void twoClaimersAtOnceEachGetAFullBatchOfDifferentHeads() throws Exception {
        List<Order> all = IntStream.range(0, 10).mapToObj(i -> orderWithTwoCallbacks(ALPHA, "order-" + i)).toList();

        List<List<String>> claims = Race.run(2, i -> () -> ids(outbox.claimDue(T0, LEASE_END, 5, NONE_BUSY)));

        assertThat(claims.get(0)).hasSize(5).doesNotContainAnyElementsOf(claims.get(1));
        assertThat(claims.get(1)).hasSize(5);
        assertThat(claims.get(0)).isSubsetOf(all.stream().map(o -> callbackId(o, 1)).toList());
        assertThat(claims.get(1)).isSubsetOf(all.stream().map(o -> callbackId(o, 1)).toList());
    }
}
