package io.payout.adapters.persistence;

import static io.payout.adapters.persistence.TestCallbacks.callbackId;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.domain.Merchant;
import io.payout.domain.Order;
import io.payout.domain.callback.CallbackStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The callback outbox contract on a real database, and what only a database can get wrong. */
abstract class JdbiCallbackOutboxContract extends CallbackOutboxContract {
    private TestDatabase database;
    protected Jdbi jdbi;

    protected abstract TestDatabase openEmptyDatabase();

    @Override
    protected Stores newStores() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        jdbi = JdbiSetup.create(database.dataSource());
        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        merchants.insertMerchant(new Merchant(ALPHA, T0), "key-alpha", "whsec_alpha");
        merchants.insertMerchant(new Merchant(BETA, T0), "key-beta", "whsec_beta");
        return new Stores(new JdbiOrderRepository(jdbi), new JdbiOrderWorkRepository(jdbi),
                new JdbiCallbackOutbox(jdbi), new JdbiOperatorActionRepository(jdbi), new JdbiOperatorLogRepository(jdbi));
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void attemptDurationIsKeptInWholeMillisecondsAndNumberedPerCallback() {
        Order order = orderWithTwoCallbacks(ALPHA, "order-1");
        String id = callbackId(order, 1);
        DeliveryAttempt slow = new DeliveryAttempt(T0, Duration.ofNanos(1_234_567_891), 502, null);

        outbox.record(List.of(new DeliveryOutcome(id, slow, CallbackStatus.PENDING, T0.plusSeconds(60), 1)));
        outbox.record(List.of(new DeliveryOutcome(id, slow, CallbackStatus.PENDING, T0.plusSeconds(60), 2)));

        assertThat(outbox.find(ALPHA, id).orElseThrow().attempts()).extracting(DeliveryAttempt::duration)
                .containsExactly(Duration.ofMillis(1234), Duration.ofMillis(1234));
        assertThat(integers("SELECT attempt_no FROM callback_attempts WHERE callback_id = :id ORDER BY attempt_no",
                id)).containsExactly(1, 2);
        assertThat(integers("SELECT attempts FROM callbacks WHERE callback_id = :id", id)).containsExactly(2);
    }

    @Test
    void theBacklogsHeadIsTheLongestWaitingDueCallbackNobodyHolds() {
        JdbiCallbackOutbox jdbiOutbox = (JdbiCallbackOutbox) outbox;
        assertThat(jdbiOutbox.oldestDue(T0.plusSeconds(1))).isEmpty();
        orderWithTwoCallbacks(ALPHA, "order-1");
        assertThat(jdbiOutbox.oldestDue(T0.plusSeconds(1))).isPresent();

        outbox.claimDue(T0.plusSeconds(1), T0.plusSeconds(2), 10, java.util.Set.of());

        assertThat(jdbiOutbox.oldestDue(T0.plusSeconds(1))).as("the head is held; the next one waits on it").isEmpty();
        assertThat(jdbiOutbox.oldestDue(T0.plusSeconds(2))).contains(T0.plusSeconds(2));
    }

    @Test
    void theBacklogCountsCallbacksThatCouldBeSentNowUpToTheCap() {
        JdbiCallbackOutbox jdbiOutbox = (JdbiCallbackOutbox) outbox;
        assertThat(jdbiOutbox.countDue(T0.plusSeconds(1), 100)).isZero();
        orderWithTwoCallbacks(ALPHA, "order-1");
        orderWithTwoCallbacks(BETA, "order-2");

        assertThat(jdbiOutbox.countDue(T0.plusSeconds(1), 100)).as("the head of each order").isEqualTo(2);
        assertThat(jdbiOutbox.countDue(T0.plusSeconds(1), 1)).as("capped").isEqualTo(1);

        outbox.claimDue(T0.plusSeconds(1), T0.plusSeconds(2), 1, java.util.Set.of());

        assertThat(jdbiOutbox.countDue(T0.plusSeconds(1), 100)).as("one head is held").isEqualTo(1);
        assertThat(jdbiOutbox.countDue(T0.plusSeconds(2), 100)).as("its lease ran out").isEqualTo(2);
    }

    @Test
    void outcomeOfAnUnknownCallbackWritesNothing() {
        outbox.record(List.of(TestCallbacks.delivered("no-such-callback", T0)));

        assertThat(integers("SELECT COUNT(*) FROM callback_attempts WHERE callback_id <> :id", "")).containsExactly(0);
    }

    private List<Integer> integers(String sql, String id) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind("id", id).mapTo(Integer.class).list());
    }
}
