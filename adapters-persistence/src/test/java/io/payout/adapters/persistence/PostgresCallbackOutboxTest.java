package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.callbackId;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    /**
     * The claim reads what it claims, not the backlog: with 2,000 orders each holding a due callback and nine
     * {@code QUEUED} behind it, and 40,000 delivered ones, on a table never analysed (as on a PostgreSQL without
     * autovacuum), a claim of 256 touches a few hundred buffers. The anti-join it replaced read 229,502 buffers for a
     * backlog of 904 (docs/reliability.md, finding 2).
     */
    @Test
    void claimOnALargeUnanalysedBacklogReadsOnlyTheBuffersOfWhatItClaims() {
        jdbi.useHandle(h -> h.execute("INSERT INTO callbacks (callback_id, merchant_id, order_id, seq, label, "
                + "\"value\", entity_id, occurred_at, info, url, status, attempts, retry_step, next_attempt_at, "
                + "created_at) SELECT 'k' || k || '-c' || s, 'm-alpha', 'k' || k, s, 'ORDER', 'X', 'e', "
                + "TIMESTAMPTZ '2024-01-01 00:00:00+00', '{}', 'http://hook.example/', "
                + "CASE WHEN k > 2000 THEN 'DELIVERED' WHEN s = 1 THEN 'PENDING' ELSE 'QUEUED' END, 0, 0, "
                + "CASE WHEN k <= 2000 AND s = 1 THEN TIMESTAMPTZ '2024-01-01 00:00:00+00' + k * INTERVAL '1 ms' END, "
                + "TIMESTAMPTZ '2024-01-01 00:00:00+00' FROM generate_series(1, 6000) k, generate_series(1, 10) s"));

        String plan = jdbi.inTransaction(h -> {
            String json = h.createQuery("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + CallbackDao.DUE
                            + CallbackDao.EARLIEST_LOCKED)
                    .bind("now", T0).bind("limit", 256).mapTo(String.class).one();
            h.rollback();
            return json;
        });

        JsonNode top = plan(plan);
        assertThat(top.path("Actual Rows").asLong()).as(plan).isEqualTo(256);
        assertThat(top.path("Shared Hit Blocks").asLong() + top.path("Shared Read Blocks").asLong()).as(plan)
                .isLessThan(1_500);
    }

    private static JsonNode plan(String json) {
        try {
            return new ObjectMapper().readTree(json).get(0).get("Plan");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
