package io.payout.application.beneficiary;

/** Saves a beneficiary ({@code command: CREATE}), or saves it to be validated ({@code command: VALIDATE}). */
public interface SaveBeneficiaryUseCase {
    /**
     * @throws io.payout.domain.beneficiary.DuplicateBeneficiaryException when the customer's {@code beneId} was saved
     *         with a different request
     */
    SaveBeneficiaryResult save(SaveBeneficiaryCommand command);
}
