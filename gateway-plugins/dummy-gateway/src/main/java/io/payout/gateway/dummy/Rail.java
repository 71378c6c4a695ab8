package io.payout.gateway.dummy;

import io.payout.gateway.spi.Payee;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The rails the sandbox pays on, each with the largest amount it pays and the kind of payee it needs. */
enum Rail {
    IMPS(new BigDecimal("10.00"), Payee.BankAccount.class),
    NEFT(new BigDecimal("20.00"), Payee.BankAccount.class),
    UPI(new BigDecimal("5.00"), Payee.Vpa.class);

    private final BigDecimal successLimit;
    private final Class<? extends Payee> payeeType;

    Rail(BigDecimal successLimit, Class<? extends Payee> payeeType) {
        this.successLimit = successLimit;
        this.payeeType = payeeType;
    }

    /** The rail with exactly this name ({@code IMPS}, {@code NEFT}, {@code UPI}), if the sandbox has it. */
    static Optional<Rail> named(String name) {
        return Arrays.stream(values()).filter(rail -> rail.name().equals(name)).findFirst();
    }

    /** Whether an ordinary amount (not one of the special sandbox amounts) is paid on this rail. */
    boolean pays(BigDecimal amount) {
        return amount.compareTo(successLimit) <= 0;
    }

    /** UPI pays a VPA; IMPS and NEFT pay a bank account. */
    boolean accepts(Payee payee) {
        return payeeType.isInstance(payee);
    }
}
