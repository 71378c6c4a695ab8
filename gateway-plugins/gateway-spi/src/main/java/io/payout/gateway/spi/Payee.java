package io.payout.gateway.spi;

/** Who is paid: a bank account with its IFSC, or a UPI address. */
public sealed interface Payee permits Payee.BankAccount, Payee.Vpa {
    String name();

    /** An account in India. */
    record BankAccount(String name, String accountNumber, String ifsc) implements Payee {
    }

    /** A UPI virtual payment address. */
    record Vpa(String name, String vpa, String mobileNo) implements Payee {
    }
}
