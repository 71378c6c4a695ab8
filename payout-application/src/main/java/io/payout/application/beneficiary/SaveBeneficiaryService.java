package io.payout.application.beneficiary;

import io.payout.application.beneficiary.port.LoadBeneficiaryPort;
import io.payout.application.beneficiary.port.SaveBeneficiaryPort;
import io.payout.domain.MerchantId;
import io.payout.domain.beneficiary.BeneficiaryStatus;
import io.payout.domain.beneficiary.BeneficiaryUniqueId;
import io.payout.domain.beneficiary.DuplicateBeneficiaryException;
import io.payout.domain.beneficiary.NewBeneficiary;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.time.Clock;
import java.util.Optional;

/**
 * Saves a beneficiary, idempotently: the same request again (same merchant, customer, {@code beneId} and body) gets
 * the stored beneficiary back, whatever its status now; the same {@code beneId} with a different body is refused.
 * The unique key on (merchant, customer, beneId) settles races. A new {@code PENDING} beneficiary wakes the
 * validation ({@code onValidationDue}), which asks a gateway later, never while the merchant waits.
 */
public class SaveBeneficiaryService implements SaveBeneficiaryUseCase {
    private final LoadBeneficiaryPort load;
    private final SaveBeneficiaryPort save;
    private final Runnable onValidationDue;
    private final Clock clock;

    public SaveBeneficiaryService(LoadBeneficiaryPort load, SaveBeneficiaryPort save, Runnable onValidationDue,
                                  Clock clock) {
        this.load = load;
        this.save = save;
        this.onValidationDue = onValidationDue;
        this.clock = clock;
    }

    @Override
    public SaveBeneficiaryResult save(SaveBeneficiaryCommand command) {
        NewBeneficiary request = command.beneficiary();
        Optional<SavedBeneficiary> earlier = find(command.merchantId(), request);
        if (earlier.isPresent()) {
            return repeated(request, earlier.get());
        }
        SavedBeneficiary saved = SavedBeneficiary.accept(BeneficiaryUniqueId.random(), command.merchantId(), request,
                clock.instant());
        if (!save.insertBeneficiary(saved)) {
            SavedBeneficiary winner = find(command.merchantId(), request).orElseThrow(() -> new IllegalStateException(
                    "beneficiary " + request.beneId() + " of customer " + request.customerId() + " vanished"));
            return repeated(request, winner);
        }
        if (saved.status() == BeneficiaryStatus.PENDING) {
            onValidationDue.run();
        }
        return new SaveBeneficiaryResult(saved, true);
    }

    private Optional<SavedBeneficiary> find(MerchantId merchantId, NewBeneficiary request) {
        return load.findBeneficiary(merchantId, request.customerId(), request.beneId());
    }

    private static SaveBeneficiaryResult repeated(NewBeneficiary request, SavedBeneficiary stored) {
        if (!stored.request().equals(request)) {
            throw new DuplicateBeneficiaryException(request.customerId(), request.beneId());
        }
        return new SaveBeneficiaryResult(stored, false);
    }
}
