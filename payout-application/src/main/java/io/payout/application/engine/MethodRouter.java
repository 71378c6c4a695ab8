package io.payout.application.engine;

import io.payout.application.engine.port.PayoutMethodsPort;
import io.payout.domain.BeneficiaryType;
import io.payout.domain.Fulfillment;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import java.util.List;
import java.util.Map;

/**
 * Chooses a fulfillment's methods, in order: its {@code preferredMethodList}, else the merchant's configured
 * priority list, else every enabled method; always only enabled methods whose rail fits the beneficiary
 * (UPI for a VPA, any other rail for a bank account; a {@code BENE_ID} by the payee it was resolved to). Methods
 * paused or circuit-open are not enabled now; {@link #configuredMethodsFor} tells whether the fulfillment would have
 * methods if nothing were paused.
 */
public class MethodRouter {
    private final PayoutMethodsPort methods;
    private final Map<MerchantId, List<MethodId>> merchantPriorities;

    public MethodRouter(PayoutMethodsPort methods, Map<MerchantId, List<MethodId>> merchantPriorities) {
        this.methods = methods;
        this.merchantPriorities = Map.copyOf(merchantPriorities);
    }

    public List<MethodId> methodsFor(MerchantId merchantId, Fulfillment fulfillment) {
        return route(merchantId, fulfillment, methods.enabledMethods());
    }

    /** The methods {@link #methodsFor} would choose if no method were paused or circuit-open. */
    public List<MethodId> configuredMethodsFor(MerchantId merchantId, Fulfillment fulfillment) {
        return route(merchantId, fulfillment, methods.configuredMethods());
    }

    /** Whether {@code method} may get a new transaction now. */
    public boolean isAvailable(MethodId method) {
        return methods.isAvailable(method);
    }

    private List<MethodId> route(MerchantId merchantId, Fulfillment fulfillment, List<MethodId> enabled) {
        List<MethodId> wanted = !fulfillment.preferredMethods().isEmpty() ? fulfillment.preferredMethods()
                : merchantPriorities.getOrDefault(merchantId, enabled);
        BeneficiaryType type = fulfillment.beneficiary().payee().type();
        return wanted.stream().distinct().filter(enabled::contains).filter(m -> fits(m, type)).toList();
    }

    static boolean fits(MethodId method, BeneficiaryType type) {
        boolean upi = method.rail().equals("UPI");
        return type == BeneficiaryType.UPI_ID ? upi : type == BeneficiaryType.ACCOUNT_IFSC && !upi;
    }
}
