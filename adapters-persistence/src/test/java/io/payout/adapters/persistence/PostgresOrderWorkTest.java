package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.OrderId;
import java.util.List;
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
}
