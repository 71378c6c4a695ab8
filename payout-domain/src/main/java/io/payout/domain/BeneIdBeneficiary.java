package io.payout.domain;

import java.util.Objects;

/**
 * A beneficiary saved earlier through the beneficiary API, named in an order by its {@code beneId}
 * ({@code beneficiaryDetails.type} {@code BENE_ID}). As the merchant sends it, it is unresolved: the id and perhaps a
 * name ({@code requestedName}). The order create resolves it to the saved payee (a bank account or a VPA) and the
 * order keeps that copy: the payout goes to it, so nothing done to the saved beneficiary later changes an accepted
 * order. A resolved one keeps no requested name: the payee's own name is the one paid.
 */
public record BeneIdBeneficiary(BeneId id, String requestedName, Beneficiary payee) implements Beneficiary {
    public BeneIdBeneficiary {
        Objects.requireNonNull(id, "id");
        if (requestedName != null) {
            requestedName = Beneficiary.checkedName(requestedName);
        }
        if (payee instanceof BeneIdBeneficiary) {
            throw new IllegalArgumentException("a BENE_ID beneficiary resolves to a bank account or a VPA");
        }
        if (payee != null && requestedName != null) {
            throw new IllegalArgumentException("a resolved BENE_ID beneficiary pays the saved name");
        }
    }

    /** As an order names it: the saved beneficiary's id, and the name the merchant sent (may be null). */
    public static BeneIdBeneficiary unresolved(BeneId id, String requestedName) {
        return new BeneIdBeneficiary(id, requestedName, null);
    }

    /** Resolved to {@code saved} (a bank account or a VPA): what the order pays. */
    public BeneIdBeneficiary resolvedTo(Beneficiary saved) {
        return new BeneIdBeneficiary(id, null, Objects.requireNonNull(saved, "saved"));
    }

    public boolean isResolved() {
        return payee != null;
    }

    @Override
    public BeneficiaryType type() {
        return BeneficiaryType.BENE_ID;
    }

    /** The saved payee's name once resolved; before, the name the merchant sent (null if none). */
    @Override
    public String name() {
        return payee != null ? payee.name() : requestedName;
    }
}
