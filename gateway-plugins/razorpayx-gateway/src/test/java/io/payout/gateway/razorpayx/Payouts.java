package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;

/** Instructions the tests send. */
final class Payouts {
    private Payouts() {
    }

    static PayoutInstruction toBank(String ref, String rupees) {
        return new PayoutInstruction(ref, "IMPS", new BigDecimal(rupees),
                new Payee.BankAccount("Gaurav Kumar", "1121431121541121", "HDFC0000053"), "Salary for March");
    }

    static PayoutInstruction toVpa(String ref, String rupees) {
        return new PayoutInstruction(ref, "UPI", new BigDecimal(rupees),
                new Payee.Vpa("Gaurav Kumar", "gaurav.kumar@exampleupi", "9876543210"), null);
    }
}
