package io.payout.gateway.host;

import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.Fulfillment;
import io.payout.domain.Transaction;
import io.payout.domain.UpiBeneficiary;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;

/** Turns one attempt of a fulfillment into the instruction a plugin understands. */
final class InstructionMapper {
    private InstructionMapper() {
    }

    /** The transaction's reference, rail and amount; the fulfillment's beneficiary, and its remark as narration. */
    static PayoutInstruction toInstruction(Fulfillment fulfillment, Transaction transaction) {
        return new PayoutInstruction(transaction.transactionRef().value(), transaction.method().rail(),
                transaction.amount().value(), toPayee(fulfillment.beneficiary()),
                fulfillment.additionalInfo().remark());
    }

    /** The account or VPA paid: for a {@code BENE_ID} beneficiary, the saved payee it was resolved to. */
    static Payee toPayee(Beneficiary beneficiary) {
        Beneficiary payee = beneficiary.payee();
        if (payee instanceof BankAccountBeneficiary account) {
            return new Payee.BankAccount(account.name(), account.account(), account.ifsc());
        }
        UpiBeneficiary upi = (UpiBeneficiary) payee;
        return new Payee.Vpa(upi.name(), upi.vpa(), upi.mobileNo());
    }
}
