package io.payout.adapters.persistence;

import io.payout.application.callback.CallbackRecord;
import io.payout.application.callback.DeliveryAttempt;
import io.payout.application.callback.DeliveryOutcome;
import io.payout.application.callback.PendingCallback;
import io.payout.application.callback.port.CallbackOutboxPort;
import io.payout.application.operator.OperatorLogEntry;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.callback.CallbackStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The callback outbox in {@code callbacks} and {@code callback_attempts} (written by {@link OutboxWriter}). A claim is
 * no more than the callback's {@code next_attempt_at} moved to the end of the lease: the callback stays
 * {@code PENDING}, and the next one of its order {@code QUEUED}, until its outcome is recorded. Every method is one
 * database transaction.
 */
public class JdbiCallbackOutbox implements CallbackOutboxPort {
    private final Jdbi jdbi;

    public JdbiCallbackOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Locks the due callbacks (skipping locked ones and those to busy URLs) and leases them, in one transaction. A
     * callback to a busy URL still holds back the rest of its order.
     */
    @Override
    public List<PendingCallback> claimDue(Instant now, Instant leaseUntil, int limit, Set<String> busyUrls) {
        return jdbi.inTransaction(handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            List<CallbackRow> due = busyUrls.isEmpty() ? dao.lockDue(now, limit)
                    : dao.lockDueExcept(now, limit, List.copyOf(busyUrls));
            if (due.isEmpty()) {
                return List.of();
            }
            dao.lease(due.stream().map(CallbackRow::callbackId).toList(), leaseUntil);
            return due.stream().map(CallbackRow::toPendingCallback).toList();
        });
    }

    /**
     * Locks the callbacks it changes (the finished ones and the next of each order whose callback was delivered or
     * given up) in id order, the order in which concurrent recorders and the engine's saves
     * ({@link JdbiOrderWorkRepository#saveProgress}) lock them too, so none waits for another in a circle; then
     * updates the callbacks, logs each attempt under the callback's new attempt count, and lets go the next callbacks
     * that are {@code QUEUED}. Outcomes of unknown callbacks write nothing.
     */
    @Override
    public void record(List<DeliveryOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            return;
        }
        List<List<DeliveryOutcomeRow>> rounds = rounds(outcomes);
        List<String> next = outcomes.stream().filter(o -> o.status() != CallbackStatus.PENDING)
                .flatMap(o -> CallbackRow.nextId(o.callbackId()).stream()).distinct().toList();
        List<String> touched = new ArrayList<>(next);
        outcomes.forEach(o -> touched.add(o.callbackId()));
        jdbi.useTransaction(handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            if (!next.isEmpty()) {
                dao.lockInIdOrder(touched.stream().distinct().toList());
            }
            for (List<DeliveryOutcomeRow> round : rounds) {
                dao.updateOutcomes(round);
                dao.insertAttempts(round);
            }
            if (!next.isEmpty()) {
                dao.letGo(next);
            }
        });
    }

    /**
     * The outcomes in rounds in which each callback appears at most once, in the order they finished: two attempts
     * at one callback in a batch (a redelivery racing a post still in flight) get consecutive attempt numbers, and
     * the later outcome's state is the one that stays. Almost always a single round.
     */
    private static List<List<DeliveryOutcomeRow>> rounds(List<DeliveryOutcome> outcomes) {
        List<List<DeliveryOutcomeRow>> rounds = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (DeliveryOutcome outcome : outcomes) {
            int round = seen.merge(outcome.callbackId(), 1, Integer::sum) - 1;
            if (round == rounds.size()) {
                rounds.add(new ArrayList<>());
            }
            rounds.get(round).add(DeliveryOutcomeRow.of(outcome));
        }
        for (List<DeliveryOutcomeRow> round : rounds) {
            round.sort(Comparator.comparing(DeliveryOutcomeRow::callbackId));
        }
        return rounds;
    }

    /** When the longest-waiting due callback nobody holds became due (empty: no backlog), for health checks. */
    public Optional<Instant> oldestDue(Instant now) {
        return jdbi.withExtension(CallbackDao.class, dao -> dao.oldestDue(now));
    }

    /**
     * How many callbacks could be sent at {@code now} (the backlog {@link #oldestDue} is the head of), for metrics; at
     * most {@code cap}, so that a huge backlog costs no more than a big one.
     */
    public long countDue(Instant now, int cap) {
        return jdbi.withExtension(CallbackDao.class, dao -> dao.countDue(now, cap));
    }

    @Override
    public void release(List<String> callbackIds, Instant dueAt) {
        if (!callbackIds.isEmpty()) {
            jdbi.useExtension(CallbackDao.class, dao -> dao.release(List.copyOf(callbackIds), dueAt));
        }
    }

    /** Two queries (callbacks, then their attempts) in one snapshot of the database. */
    @Override
    public List<CallbackRecord> findByOrder(MerchantId merchantId, OrderId orderId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            return withAttempts(dao, merchantId, dao.findByOrder(merchantId.value(), orderId.value()));
        });
    }

    @Override
    public Optional<CallbackRecord> find(MerchantId merchantId, String callbackId) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            return withAttempts(dao, merchantId, dao.find(merchantId.value(), callbackId).stream().toList())
                    .stream().findFirst();
        });
    }

    @Override
    public boolean redeliver(MerchantId merchantId, String callbackId, Instant now, int retryStep) {
        return jdbi.withExtension(CallbackDao.class,
                dao -> dao.redeliver(merchantId.value(), callbackId, now, retryStep)) > 0;
    }

    @Override
    public int redeliverFailed(MerchantId merchantId, Instant from, Instant to, Instant now, int retryStep,
                               OperatorLogEntry audit) {
        OperatorLogRow entry = OperatorLogRow.of(audit);
        return jdbi.inTransaction(handle -> {
            CallbackDao dao = handle.attach(CallbackDao.class);
            dao.auditRedeliveryOfFailed(merchantId.value(), from, to, entry);
            handle.attach(OperatorLogDao.class).insert(entry);
            return dao.redeliverFailed(merchantId.value(), from, to, now, retryStep);
        });
    }

    private static List<CallbackRecord> withAttempts(CallbackDao dao, MerchantId merchantId, List<CallbackRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<DeliveryAttempt>> attempts = new HashMap<>();
        dao.findAttempts(merchantId.value(), rows.stream().map(CallbackRow::callbackId).toList())
                .forEach(a -> attempts.computeIfAbsent(a.callbackId(), id -> new ArrayList<>())
                        .add(a.toDeliveryAttempt()));
        return rows.stream().map(row -> row.toCallbackRecord(attempts.getOrDefault(row.callbackId(), List.of())))
                .toList();
    }
}
