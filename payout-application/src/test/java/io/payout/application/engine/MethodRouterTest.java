package io.payout.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodRouterTest {
    private static final MerchantId ACME = new MerchantId("acme");
    private static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    private static final MethodId NEFT = new MethodId("DUMMY_NEFT");
    private static final MethodId UPI = new MethodId("DUMMY_UPI");
    private static final MethodId Y_IMPS = new MethodId("YESBANK_IMPS");
    private static final MethodId Y_UPI = new MethodId("YESBANK_UPI");
    private static final MethodId OFF_IMPS = new MethodId("PAUSED_IMPS");
    private static final List<MethodId> ENABLED = List.of(IMPS, NEFT, UPI, Y_IMPS, Y_UPI);
    private static final Beneficiary BANK = new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262");
    private static final Beneficiary VPA = new UpiBeneficiary("Ravi K", "success@upi", null);

    private static Fulfillment fulfillment(Beneficiary to, List<MethodId> preferred) {
        NewFulfillment requested = new NewFulfillment(Money.of("5.00"), to, preferred, Udfs.NONE, AdditionalInfo.NONE);
        return Order.acceptFulfillOnly(new OrderId("0123456789abcdef0123456789abcd"), ACME, new MerchantOrderId("ord-1"),
                Money.of("5.00"), new Customer(new CustomerId("c-1"), null, null), Udfs.NONE, List.of(requested),
                Instant.parse("2024-05-01T10:00:00Z")).fulfillments().get(0);
    }

    private static MethodRouter router(Map<MerchantId, List<MethodId>> priorities) {
        return new MethodRouter(() -> ENABLED, priorities);
    }

    @Test
    void preferredMethodsComeFirstInTheirOrderKeepingOnlyEnabledOnesThatFit() {
        Fulfillment f = fulfillment(BANK, List.of(Y_IMPS, UPI, OFF_IMPS, IMPS));

        assertThat(router(Map.of(ACME, List.of(NEFT))).methodsFor(ACME, f)).containsExactly(Y_IMPS, IMPS);
    }

    @Test
    void merchantPriorityAppliesWhenNoMethodIsPreferred() {
        Fulfillment f = fulfillment(BANK, List.of());

        assertThat(router(Map.of(ACME, List.of(NEFT, OFF_IMPS, Y_IMPS))).methodsFor(ACME, f))
                .containsExactly(NEFT, Y_IMPS);
    }

    @Test
    void everyEnabledMethodThatFitsAppliesWithoutPreferenceOrPriority() {
        assertThat(router(Map.of()).methodsFor(ACME, fulfillment(BANK, List.of()))).containsExactly(IMPS, NEFT, Y_IMPS);
        assertThat(router(Map.of(new MerchantId("other"), List.of(NEFT))).methodsFor(ACME, fulfillment(BANK, List.of())))
                .containsExactly(IMPS, NEFT, Y_IMPS);
    }

    @Test
    void vpaIsPaidOnlyOnUpiRails() {
        assertThat(router(Map.of()).methodsFor(ACME, fulfillment(VPA, List.of()))).containsExactly(UPI, Y_UPI);
        assertThat(router(Map.of()).methodsFor(ACME, fulfillment(VPA, List.of(IMPS, Y_UPI)))).containsExactly(Y_UPI);
    }

    @Test
    void methodNamedTwiceIsTriedOnce() {
        Fulfillment f = fulfillment(BANK, List.of(NEFT, IMPS, NEFT));

        assertThat(router(Map.of()).methodsFor(ACME, f)).containsExactly(NEFT, IMPS);
    }

    @Test
    void noFittingEnabledMethodGivesNone() {
        assertThat(new MethodRouter(() -> List.of(IMPS), Map.of()).methodsFor(ACME, fulfillment(VPA, List.of())))
                .isEmpty();
    }

    @Test
    void pausedMethodsAreNotAvailableButStillConfigured() {
        MethodRouter router = new MethodRouter(new io.payout.application.engine.port.PayoutMethodsPort() {
            @Override
            public List<MethodId> enabledMethods() {
                return List.of(NEFT);
            }

            @Override
            public List<MethodId> configuredMethods() {
                return List.of(IMPS, NEFT);
            }
        }, Map.of());
        Fulfillment f = fulfillment(BANK, List.of(IMPS));

        assertThat(router.methodsFor(ACME, f)).isEmpty();
        assertThat(router.configuredMethodsFor(ACME, f)).containsExactly(IMPS);
        assertThat(router.isAvailable(IMPS)).isFalse();
        assertThat(router.isAvailable(NEFT)).isTrue();
    }
}
