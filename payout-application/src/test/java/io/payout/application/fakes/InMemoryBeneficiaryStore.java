package io.payout.application.fakes;

import io.payout.application.beneficiary.port.BeneficiaryValidationWorkPort;
import io.payout.application.beneficiary.port.LoadBeneficiaryPort;
import io.payout.application.beneficiary.port.SaveBeneficiaryPort;
import io.payout.application.callback.NewCallback;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Saved beneficiaries in memory, as the persistence contract says: unique per (merchant, customer, beneId), a
 * {@code PENDING} one due at its creation, a claim being the next attempt moved to the lease's end with an owner, and
 * saves only by the owner of a {@code PENDING} one. Final outcomes write their callbacks into the outbox of an
 * {@link InMemoryOrderStore} (keyed by the uniqueId, numbered per beneficiary), under that store's lock, which every
 * method holds as one database transaction would.
 */
public class InMemoryBeneficiaryStore implements LoadBeneficiaryPort, SaveBeneficiaryPort,
        BeneficiaryValidationWorkPort {
    private record Key(MerchantId merchantId, CustomerId customerId, BeneId beneId) {
    }

    private static final class Stored {
        SavedBeneficiary beneficiary;
        Instant nextAttemptAt;
        String owner;
        long callbackSeq;

        Stored(SavedBeneficiary beneficiary) {
            this.beneficiary = beneficiary;
            this.nextAttemptAt = beneficiary.status() == BeneficiaryStatus.PENDING ? beneficiary.createdAt() : null;
        }
    }

    private final InMemoryOrderStore outbox;
    private final Map<Key, Stored> beneficiaries = new LinkedHashMap<>();

    /** Writing callbacks into {@code outbox}'s callback outbox (where its relay finds them). */
    public InMemoryBeneficiaryStore(InMemoryOrderStore outbox) {
        this.outbox = outbox;
    }

    public InMemoryBeneficiaryStore() {
        this(new InMemoryOrderStore());
    }

    @Override
    public Optional<SavedBeneficiary> findBeneficiary(MerchantId merchantId, CustomerId customerId, BeneId beneId) {
        synchronized (outbox) {
            return Optional.ofNullable(beneficiaries.get(new Key(merchantId, customerId, beneId)))
                    .map(s -> s.beneficiary);
        }
    }

    @Override
    public boolean insertBeneficiary(SavedBeneficiary beneficiary) {
        synchronized (outbox) {
            return beneficiaries.putIfAbsent(keyOf(beneficiary), new Stored(beneficiary)) == null;
        }
    }

    @Override
    public List<SavedBeneficiary> claimDueValidations(String owner, Instant now, Instant leaseUntil, int limit) {
        synchronized (outbox) {
            List<Stored> due = beneficiaries.values().stream()
                    .filter(s -> s.beneficiary.status() == BeneficiaryStatus.PENDING && s.nextAttemptAt != null
                            && !s.nextAttemptAt.isAfter(now))
                    .sorted(Comparator.comparing(s -> s.nextAttemptAt))
                    .limit(limit)
                    .toList();
            due.forEach(s -> {
                s.nextAttemptAt = leaseUntil;
                s.owner = owner;
            });
            return due.stream().map(s -> s.beneficiary).toList();
        }
    }

    @Override
    public boolean saveValidationRetry(String owner, SavedBeneficiary beneficiary, Instant nextAttemptAt) {
        synchronized (outbox) {
            Optional<Stored> held = held(owner, beneficiary);
            held.ifPresent(s -> {
                s.beneficiary = beneficiary;
                s.nextAttemptAt = nextAttemptAt;
                s.owner = null;
            });
            return held.isPresent();
        }
    }

    @Override
    public boolean saveValidationOutcome(String owner, SavedBeneficiary beneficiary, List<NewCallback> callbacks) {
        synchronized (outbox) {
            Optional<Stored> held = held(owner, beneficiary);
            held.ifPresent(s -> {
                s.beneficiary = beneficiary;
                s.nextAttemptAt = null;
                s.owner = null;
                outbox.appendKeyedCallbacks(beneficiary.merchantId(), new OrderId(beneficiary.uniqueId().value()),
                        s.callbackSeq, callbacks);
                s.callbackSeq += callbacks.size();
            });
            return held.isPresent();
        }
    }

    /** Every beneficiary stored, in the order saved. */
    public List<SavedBeneficiary> all() {
        synchronized (outbox) {
            return new ArrayList<>(beneficiaries.values().stream().map(s -> s.beneficiary).toList());
        }
    }

    /** The outbox the callbacks go to. */
    public InMemoryOrderStore outbox() {
        return outbox;
    }

    private Optional<Stored> held(String owner, SavedBeneficiary beneficiary) {
        return Optional.ofNullable(beneficiaries.get(keyOf(beneficiary)))
                .filter(s -> s.beneficiary.uniqueId().equals(beneficiary.uniqueId()))
                .filter(s -> s.beneficiary.status() == BeneficiaryStatus.PENDING && owner.equals(s.owner));
    }

    private static Key keyOf(SavedBeneficiary beneficiary) {
        return new Key(beneficiary.merchantId(), beneficiary.customerId(), beneficiary.beneId());
    }
}
