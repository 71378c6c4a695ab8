package io.payout.domain.beneficiary;

import io.payout.domain.BeneId;
import io.payout.domain.Beneficiary;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import java.time.Instant;
import java.util.Objects;

/**
 * A beneficiary a merchant saved for one of its customers, with where its validation stands: {@code status},
 * {@code remark} (why, in words), {@code nameAtBank} (from a valid answer), {@code validatedBy} (the method the last
 * answer came through) and {@code attempts} (validations tried). Its moves:
 * <pre>
 *   CREATE   -> CREATED (final)
 *   VALIDATE -> PENDING -> VALID | INVALID | ERROR (final; ERROR once {@code maxAttempts} answers were errors)
 * </pre>
 */
public record SavedBeneficiary(BeneficiaryUniqueId uniqueId, MerchantId merchantId, NewBeneficiary request,
                               BeneficiaryStatus status, String remark, String nameAtBank, MethodId validatedBy,
                               int attempts, Instant createdAt, Instant updatedAt) {
    public SavedBeneficiary {
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(merchantId, "merchantId");
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative");
        }
    }

    /** As saved: {@code CREATED} for {@code CREATE}, {@code PENDING} (to be validated) for {@code VALIDATE}. */
    public static SavedBeneficiary accept(BeneficiaryUniqueId uniqueId, MerchantId merchantId, NewBeneficiary request,
                                          Instant now) {
        boolean validate = request.action() == BeneficiaryAction.VALIDATE;
        return new SavedBeneficiary(uniqueId, merchantId, request,
                validate ? BeneficiaryStatus.PENDING : BeneficiaryStatus.CREATED,
                validate ? "Validation in progress" : "Saved without validation", null, null, 0, now, now);
    }

    public CustomerId customerId() {
        return request.customerId();
    }

    public BeneId beneId() {
        return request.beneId();
    }

    /** The bank account or VPA saved. */
    public Beneficiary payee() {
        return request.payee();
    }

    /**
     * The answer of one more validation attempt: {@code VALID} or {@code INVALID} at once; an error leaves it
     * {@code PENDING} for another attempt, or makes it {@code ERROR} once it is the {@code maxAttempts}-th attempt.
     *
     * @throws BeneficiaryStateException unless it is {@code PENDING}
     */
    public SavedBeneficiary recordValidation(ValidationResult result, int maxAttempts, Instant now) {
        Objects.requireNonNull(result, "result");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (status != BeneficiaryStatus.PENDING) {
            throw new BeneficiaryStateException("beneficiary " + uniqueId + " is " + status
                    + ": only a PENDING beneficiary takes a validation result");
        }
        int tried = attempts + 1;
        if (result instanceof ValidationResult.Valid valid) {
            return moved(BeneficiaryStatus.VALID, "Beneficiary validated", valid.nameAtBank(), result.method(), tried,
                    now);
        }
        if (result instanceof ValidationResult.Invalid invalid) {
            return moved(BeneficiaryStatus.INVALID, invalid.reason() == null ? "Beneficiary is invalid"
                    : invalid.reason(), null, result.method(), tried, now);
        }
        String reason = reasonOf((ValidationResult.Error) result);
        return tried >= maxAttempts
                ? moved(BeneficiaryStatus.ERROR, "Validation failed after " + tried + " attempts: " + reason, null,
                        result.method(), tried, now)
                : moved(BeneficiaryStatus.PENDING, "Validation attempt " + tried + " failed (" + reason
                        + "); trying again", null, result.method(), tried, now);
    }

    /** Whether an order may pay it by its {@code beneId}: {@code CREATED} or {@code VALID}. */
    public boolean isPayable() {
        return status.isPayable();
    }

    private SavedBeneficiary moved(BeneficiaryStatus newStatus, String newRemark, String newNameAtBank,
                                   MethodId method, int tried, Instant now) {
        return new SavedBeneficiary(uniqueId, merchantId, request, newStatus, newRemark, newNameAtBank, method, tried,
                createdAt, now);
    }

    private static String reasonOf(ValidationResult.Error error) {
        return error.reason() == null ? "no answer" : error.reason();
    }
}
