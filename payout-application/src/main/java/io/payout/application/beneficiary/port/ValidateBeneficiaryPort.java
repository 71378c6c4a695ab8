package io.payout.application.beneficiary.port;

import io.payout.domain.Beneficiary;
import io.payout.domain.beneficiary.ValidationResult;

/** Asks a gateway whether a bank account or VPA exists (a penny drop or a VPA lookup). */
public interface ValidateBeneficiaryPort {
    /**
     * Validates {@code payee} through a gateway that can (capable of it, enabled, not paused), or through
     * {@code gatewayId} only when it is not null. Blocks for at most about the gateway's timeout; never throws:
     * whatever is not a clear answer (no such gateway, timeout, gateway error) is {@link ValidationResult.Error}.
     */
    ValidationResult validate(Beneficiary payee, String gatewayId);
}
