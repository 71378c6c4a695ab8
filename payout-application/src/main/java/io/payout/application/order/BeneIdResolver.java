package io.payout.application.order;

import io.payout.application.beneficiary.port.LoadBeneficiaryPort;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.InvalidInputException;
import io.payout.domain.NewFulfillment;
import io.payout.domain.beneficiary.SavedBeneficiary;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the {@code BENE_ID} beneficiaries of an order create to the saved beneficiaries they name: those of the
 * same merchant and {@code customerId}, and only when payable ({@code CREATED} or {@code VALID}). Anything else
 * (unknown, another customer's, {@code PENDING}, {@code INVALID}, {@code ERROR}) is refused naming the field, so no
 * order is written. Without a beneficiary store ({@link #DISABLED}) every {@code BENE_ID} is refused.
 */
public class BeneIdResolver {
    /** Refuses every {@code BENE_ID}: for services built without beneficiaries. */
    public static final BeneIdResolver DISABLED = new BeneIdResolver(null);
    private final LoadBeneficiaryPort beneficiaries;

    public BeneIdResolver(LoadBeneficiaryPort beneficiaries) {
        this.beneficiaries = beneficiaries;
    }

    /** The command's fulfillments, each {@code BENE_ID} one resolved to a copy of the saved payee. */
    public List<NewFulfillment> resolve(CreateOrderCommand command) {
        List<NewFulfillment> resolved = new ArrayList<>(command.fulfillments().size());
        for (int i = 0; i < command.fulfillments().size(); i++) {
            NewFulfillment f = command.fulfillments().get(i);
            if (f.beneficiary() instanceof BeneIdBeneficiary ref && !ref.isResolved()) {
                resolved.add(new NewFulfillment(f.amount(), ref.resolvedTo(saved(command, i, ref).payee()),
                        f.preferredMethods(), f.udfs(), f.additionalInfo()));
            } else {
                resolved.add(f);
            }
        }
        return resolved;
    }

    private SavedBeneficiary saved(CreateOrderCommand command, int index, BeneIdBeneficiary ref) {
        String field = "fulfillments[" + index + "].beneficiaryDetails";
        if (beneficiaries == null) {
            throw new InvalidInputException(field + ".type", "BENE_ID is not enabled on this service");
        }
        SavedBeneficiary saved = beneficiaries.findBeneficiary(command.merchantId(), command.customer().id(), ref.id())
                .orElseThrow(() -> new InvalidInputException(field + ".details.id", "no beneficiary " + ref.id()
                        + " is saved for customer " + command.customer().id()));
        if (!saved.isPayable()) {
            throw new InvalidInputException(field + ".details.id", "beneficiary " + ref.id() + " is "
                    + saved.status() + ": only a CREATED or VALID beneficiary can be paid");
        }
        return saved;
    }
}
