package io.payout.application.beneficiary.port;

import io.payout.application.callback.NewCallback;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.time.Instant;
import java.util.List;

/**
 * The validation work: {@code PENDING} beneficiaries, each due at its next attempt time, claimed with a lease like the
 * engine's orders. Every method is one database transaction.
 */
public interface BeneficiaryValidationWorkPort {
    /**
     * Claims up to {@code limit} {@code PENDING} beneficiaries due at {@code now} (earliest first), skipping rows other
     * instances hold: each is leased to {@code owner} until {@code leaseUntil}, when it is due again if nothing was
     * saved meanwhile (the owner died).
     */
    List<SavedBeneficiary> claimDueValidations(String owner, Instant now, Instant leaseUntil, int limit);

    /**
     * Saves {@code beneficiary} after a failed attempt (still {@code PENDING}), due again at {@code nextAttemptAt},
     * if {@code owner} still holds it and it is still {@code PENDING}. @return false, writing nothing, otherwise
     */
    boolean saveValidationRetry(String owner, SavedBeneficiary beneficiary, Instant nextAttemptAt);

    /**
     * Saves {@code beneficiary} in its final status and writes {@code callbacks} (reporting it) into the callback
     * outbox, in one transaction, if {@code owner} still holds it and it is still {@code PENDING}; the callbacks are
     * numbered on from the beneficiary's last one ({@code <uniqueId>-c<seq>}), {@code PENDING} and due at once.
     *
     * @return false, writing nothing, otherwise
     */
    boolean saveValidationOutcome(String owner, SavedBeneficiary beneficiary, List<NewCallback> callbacks);
}
