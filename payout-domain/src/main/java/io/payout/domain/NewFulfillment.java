package io.payout.domain;

import java.util.List;
import java.util.Objects;

/** What a merchant asks for one beneficiary when creating an order. */
public record NewFulfillment(Money amount, Beneficiary beneficiary, List<MethodId> preferredMethods, Udfs udfs,
                             AdditionalInfo additionalInfo) {
    public NewFulfillment {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(beneficiary, "beneficiary");
        preferredMethods = List.copyOf(preferredMethods == null ? List.of() : preferredMethods);
        udfs = udfs == null ? Udfs.NONE : udfs;
        additionalInfo = additionalInfo == null ? AdditionalInfo.NONE : additionalInfo;
    }
}
