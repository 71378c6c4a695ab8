package io.payout.adapters.persistence;

import io.payout.application.beneficiary.port.BeneficiaryValidationWorkPort;
import io.payout.application.beneficiary.port.LoadBeneficiaryPort;
import io.payout.application.beneficiary.port.SaveBeneficiaryPort;
import io.payout.application.callback.NewCallback;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Saved beneficiaries in {@code beneficiaries}, with their validation work, and their {@code VALIDATION_V2}
 * callbacks in {@code callbacks} (keyed by the uniqueId, numbered by {@code beneficiaries.callback_seq}; delivered by
 * {@link JdbiCallbackOutbox} like an order's). Every method is one database transaction.
 */
public class JdbiBeneficiaryRepository implements LoadBeneficiaryPort, SaveBeneficiaryPort,
        BeneficiaryValidationWorkPort {
    private final Jdbi jdbi;

    public JdbiBeneficiaryRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<SavedBeneficiary> findBeneficiary(MerchantId merchantId, CustomerId customerId, BeneId beneId) {
        return jdbi.withExtension(BeneficiaryDao.class,
                dao -> dao.find(merchantId.value(), customerId.value(), beneId.value()))
                .map(BeneficiaryRow::toBeneficiary);
    }

    /** A broken unique key (the beneId taken meanwhile) is a false, with nothing written. */
    @Override
    public boolean insertBeneficiary(SavedBeneficiary beneficiary) {
        Instant due = beneficiary.status() == BeneficiaryStatus.PENDING ? beneficiary.createdAt() : null;
        try {
            jdbi.useExtension(BeneficiaryDao.class, dao -> dao.insert(BeneficiaryRow.of(beneficiary), due));
            return true;
        } catch (RuntimeException e) {
            if (UniqueViolation.isCauseOf(e)) {
                return false;
            }
            throw e;
        }
    }

    /** Locks the due rows (skipping locked ones) and leases them, in one transaction. */
    @Override
    public List<SavedBeneficiary> claimDueValidations(String owner, Instant now, Instant leaseUntil, int limit) {
        Objects.requireNonNull(owner, "owner");
        return jdbi.inTransaction(handle -> {
            BeneficiaryDao dao = handle.attach(BeneficiaryDao.class);
            List<BeneficiaryRow> due = dao.lockDue(now, limit);
            if (!due.isEmpty()) {
                dao.lease(due, owner, leaseUntil);
            }
            return due.stream().map(BeneficiaryRow::toBeneficiary).toList();
        });
    }

    @Override
    public boolean saveValidationRetry(String owner, SavedBeneficiary beneficiary, Instant nextAttemptAt) {
        if (beneficiary.status() != BeneficiaryStatus.PENDING) {
            throw new IllegalArgumentException("a retry is saved PENDING, not " + beneficiary.status());
        }
        return jdbi.withExtension(BeneficiaryDao.class,
                dao -> dao.updateHeld(BeneficiaryRow.of(beneficiary), owner, nextAttemptAt)) > 0;
    }

    /** The row first (conditional on the claim), then the callbacks in the numbers reserved on it. */
    @Override
    public boolean saveValidationOutcome(String owner, SavedBeneficiary beneficiary, List<NewCallback> callbacks) {
        if (!beneficiary.status().isFinal()) {
            throw new IllegalArgumentException("an outcome is saved in a final status, not " + beneficiary.status());
        }
        return jdbi.inTransaction(handle -> {
            BeneficiaryDao dao = handle.attach(BeneficiaryDao.class);
            if (dao.updateHeld(BeneficiaryRow.of(beneficiary), owner, null) == 0) {
                return false;
            }
            appendCallbacks(handle, dao, beneficiary, callbacks);
            return true;
        });
    }

    private static void appendCallbacks(Handle handle, BeneficiaryDao dao, SavedBeneficiary beneficiary,
                                        List<NewCallback> callbacks) {
        if (callbacks.isEmpty()) {
            return;
        }
        OrderKey key = new OrderKey(beneficiary.merchantId().value(), beneficiary.uniqueId().value());
        dao.reserveCallbacks(key.merchantId(), key.orderId(), callbacks.size());
        long last = dao.callbackSeq(key.merchantId(), key.orderId());
        OutboxWriter.insert(handle, key, last - callbacks.size() + 1, callbacks);
    }
}
