package io.payout.domain.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.UpiBeneficiary;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SavedBeneficiaryTest {
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");
    private static final Instant T1 = T0.plusSeconds(5);
    private static final MethodId UPI = new MethodId("DUMMY_UPI");

    static NewBeneficiary request(BeneficiaryAction action) {
        return new NewBeneficiary(new CustomerId("cust-1"), new BeneId("bene-1"),
                new UpiBeneficiary("Ravi K", "success@upi", null), action, null, null, null);
    }

    private static SavedBeneficiary pending() {
        return SavedBeneficiary.accept(BeneficiaryUniqueId.random(), new MerchantId("m-1"),
                request(BeneficiaryAction.VALIDATE), T0);
    }

    @Test
    void createIsSavedCreatedAndPayableWithoutValidation() {
        SavedBeneficiary saved = SavedBeneficiary.accept(BeneficiaryUniqueId.random(), new MerchantId("m-1"),
                request(BeneficiaryAction.CREATE), T0);

        assertThat(saved.status()).isEqualTo(BeneficiaryStatus.CREATED);
        assertThat(saved.isPayable()).isTrue();
        assertThat(saved.status().isFinal()).isTrue();
        assertThat(saved.attempts()).isZero();
        assertThat(saved.createdAt()).isEqualTo(T0).isEqualTo(saved.updatedAt());
    }

    @Test
    void validateIsSavedPendingAndNotPayable() {
        SavedBeneficiary saved = pending();

        assertThat(saved.status()).isEqualTo(BeneficiaryStatus.PENDING);
        assertThat(saved.isPayable()).isFalse();
        assertThat(saved.status().isFinal()).isFalse();
    }

    @Test
    void aValidAnswerMakesItValidWithTheNameAtBankAndTheMethod() {
        SavedBeneficiary valid = pending().recordValidation(new ValidationResult.Valid("RAVI KUMAR", UPI), 3, T1);

        assertThat(valid.status()).isEqualTo(BeneficiaryStatus.VALID);
        assertThat(valid.nameAtBank()).isEqualTo("RAVI KUMAR");
        assertThat(valid.validatedBy()).isEqualTo(UPI);
        assertThat(valid.attempts()).isEqualTo(1);
        assertThat(valid.updatedAt()).isEqualTo(T1);
        assertThat(valid.isPayable()).isTrue();
    }

    @Test
    void anInvalidAnswerIsFinalAndKeepsTheReason() {
        SavedBeneficiary invalid = pending().recordValidation(new ValidationResult.Invalid("no such VPA", UPI), 3, T1);

        assertThat(invalid.status()).isEqualTo(BeneficiaryStatus.INVALID);
        assertThat(invalid.remark()).isEqualTo("no such VPA");
        assertThat(invalid.isPayable()).isFalse();
    }

    @Test
    void errorsLeaveItPendingUntilTheLastAttemptThenMakeItError() {
        ValidationResult error = new ValidationResult.Error("timeout", UPI);

        SavedBeneficiary once = pending().recordValidation(error, 3, T1);
        SavedBeneficiary twice = once.recordValidation(error, 3, T1);
        SavedBeneficiary thrice = twice.recordValidation(error, 3, T1);

        assertThat(once.status()).isEqualTo(BeneficiaryStatus.PENDING);
        assertThat(once.remark()).contains("attempt 1").contains("timeout");
        assertThat(twice.status()).isEqualTo(BeneficiaryStatus.PENDING);
        assertThat(thrice.status()).isEqualTo(BeneficiaryStatus.ERROR);
        assertThat(thrice.attempts()).isEqualTo(3);
        assertThat(thrice.remark()).contains("3 attempts").contains("timeout");
        assertThat(thrice.isPayable()).isFalse();
    }

    @Test
    void anErrorAfterEarlierErrorsCanStillEndValid() {
        SavedBeneficiary valid = pending().recordValidation(new ValidationResult.Error("busy", null), 3, T1)
                .recordValidation(new ValidationResult.Valid(null, UPI), 3, T1);

        assertThat(valid.status()).isEqualTo(BeneficiaryStatus.VALID);
        assertThat(valid.attempts()).isEqualTo(2);
    }

    @Test
    void aFinalBeneficiaryRefusesAnotherValidationResult() {
        SavedBeneficiary valid = pending().recordValidation(new ValidationResult.Valid("R", UPI), 3, T1);
        SavedBeneficiary created = SavedBeneficiary.accept(BeneficiaryUniqueId.random(), new MerchantId("m-1"),
                request(BeneficiaryAction.CREATE), T0);

        assertThatThrownBy(() -> valid.recordValidation(new ValidationResult.Invalid("x", UPI), 3, T1))
                .isInstanceOf(BeneficiaryStateException.class).hasMessageContaining("VALID");
        assertThatThrownBy(() -> created.recordValidation(new ValidationResult.Valid("x", UPI), 3, T1))
                .isInstanceOf(BeneficiaryStateException.class).hasMessageContaining("CREATED");
    }

    @Test
    void longGatewayTextIsCut() {
        assertThat(new ValidationResult.Invalid("x".repeat(1000), UPI).reason()).hasSize(255);
    }

    @Test
    void aSavedBeneficiaryIsABankAccountOrAVpa() {
        NewBeneficiary account = new NewBeneficiary(new CustomerId("c"), new BeneId("b"),
                new BankAccountBeneficiary("Asha", "026291800001191", "YESB0000262"), BeneficiaryAction.CREATE,
                "asha@example.com", "+919876543210", null);

        assertThat(account.payee().type().name()).isEqualTo("ACCOUNT_IFSC");
        assertThatThrownBy(() -> new NewBeneficiary(new CustomerId("c"), new BeneId("b"), null,
                BeneficiaryAction.CREATE, null, null, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBadEmailOrPhoneIsRefusedNamingTheField() {
        assertThatThrownBy(() -> new NewBeneficiary(new CustomerId("c"), new BeneId("b"),
                new UpiBeneficiary("R", "success@upi", null), BeneficiaryAction.CREATE, "not-an-email", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> new NewBeneficiary(new CustomerId("c"), new BeneId("b"),
                new UpiBeneficiary("R", "success@upi", null), BeneficiaryAction.CREATE, null, "12", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("phone"));
    }
}
