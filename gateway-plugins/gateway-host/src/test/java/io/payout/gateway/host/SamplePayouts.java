package io.payout.gateway.host;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.Transaction;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import java.time.Instant;
import java.util.List;

/** A fulfillment and its first attempt, on a fresh order id each time. */
record SamplePayouts(Fulfillment fulfillment, Transaction transaction) {
    static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    static final BankAccountBeneficiary ACCOUNT =
            new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262");
    static final UpiBeneficiary VPA = new UpiBeneficiary("Ravi K", "success@upi", "9876543210");

    /** A payout of {@code amount} on {@code method}, to a VPA for UPI and to a bank account otherwise. */
    static SamplePayouts of(String method, String amount) {
        MethodId methodId = new MethodId(method);
        return to(methodId.rail().equals("UPI") ? VPA : ACCOUNT, method, amount, "salary");
    }

    static SamplePayouts to(Beneficiary beneficiary, String method, String amount, String remark) {
        FulfillmentId id = OrderId.random().fulfillment(1);
        Fulfillment fulfillment = new Fulfillment(id, Money.of(amount), beneficiary, List.of(), List.of(), Udfs.NONE,
                new AdditionalInfo(remark, null, null, null, null, null), FulfillmentStatus.CREATED, NOW, NOW, NOW,
                List.of());
        Transaction transaction = Transaction.created(id.transaction(1), new MethodId(method), Money.of(amount), NOW);
        return new SamplePayouts(fulfillment, transaction);
    }

    String ref() {
        return transaction.transactionRef().value();
    }
}
