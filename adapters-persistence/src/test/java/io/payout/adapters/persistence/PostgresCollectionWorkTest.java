package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.collection.Payment;
import io.payout.domain.collection.Refund;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Pay and Fulfill's work on PostgreSQL, where SKIP LOCKED passes over exactly the rows another claim holds, so that
 * concurrent claimers each get a full batch (H2 locks every due row for the first claimer; see PaymentDao).
 */
class PostgresCollectionWorkTest extends JdbiCollectionWorkContract {
    @Override
    protected TestDatabase openEmptyDatabase() {
        return PostgresTestDatabase.freshSchema();
    }

    @Test
    void twoClaimersAtOnceEachGetAFullBatchOfDifferentPayments() throws Exception {
        IntStream.range(0, 10).forEach(i -> place(ALPHA, "order-" + i, NOW.minusSeconds(i)));

        List<List<Payment>> claims = Race.run(2, i -> () -> collection.claimDuePayments(NOW, LEASE_END, 5));

        assertThat(claims.get(0)).hasSize(5).doesNotContainAnyElementsOf(claims.get(1));
        assertThat(claims.get(1)).hasSize(5);
    }

    @Test
    void twoClaimersAtOnceEachGetAFullBatchOfDifferentRefunds() throws Exception {
        IntStream.range(0, 6).forEach(i -> decided(ALPHA, "order-" + i, NOW.plusSeconds(i)));

        List<List<Refund>> claims = Race.run(2, i -> () -> collection.claimDueRefunds(LEASE_END, FAR, 3));

        assertThat(claims.get(0)).hasSize(3).doesNotContainAnyElementsOf(claims.get(1));
        assertThat(claims.get(1)).hasSize(3);
    }
}
