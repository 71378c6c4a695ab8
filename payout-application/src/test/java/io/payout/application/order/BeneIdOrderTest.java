package io.payout.application.order;

import static io.payout.application.order.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.InMemoryBeneficiaryStore;
import io.payout.application.fakes.InMemoryOrderStore;
import io.payout.application.fakes.MutableClock;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneId;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.beneficiary.BeneficiaryAction;
import io.payout.domain.beneficiary.BeneficiaryUniqueId;
import io.payout.domain.beneficiary.NewBeneficiary;
import io.payout.domain.beneficiary.SavedBeneficiary;
import io.payout.domain.beneficiary.ValidationResult;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Orders paying a saved beneficiary by its {@code beneId} ({@code BENE_ID}). */
class BeneIdOrderTest {
    private static final Instant START = Instant.parse("2024-03-01T10:00:00Z");
    private static final MerchantId ACME = new MerchantId("acme");
    private static final CustomerId CUST_1 = new CustomerId("cust-1");
    private static final Beneficiary VPA = new UpiBeneficiary("Ravi K", "success@upi", null);
    private static final String FIELD = "fulfillments[0].beneficiaryDetails.details.id";

    private final MutableClock clock = new MutableClock(START);
    private final InMemoryOrderStore orders = new InMemoryOrderStore();
    private final InMemoryBeneficiaryStore beneficiaries = new InMemoryBeneficiaryStore(orders);
    private final CreateOrderService service = new CreateOrderService(orders, orders,
            new OrderLimits(Money.of("100000.00")), null, new BeneIdResolver(beneficiaries), clock);

    private SavedBeneficiary saved(MerchantId merchant, CustomerId customer, String beneId, Beneficiary payee,
                                   BeneficiaryAction action) {
        SavedBeneficiary b = SavedBeneficiary.accept(BeneficiaryUniqueId.random(), merchant,
                new NewBeneficiary(customer, new BeneId(beneId), payee, action, null, null, null), START);
        beneficiaries.insertBeneficiary(b);
        return b;
    }

    /** Saves a VALIDATE beneficiary and records {@code result} as its only answer (maxAttempts 1). */
    private void validated(String beneId, ValidationResult result) {
        SavedBeneficiary pending = saved(ACME, CUST_1, beneId, VPA, BeneficiaryAction.VALIDATE);
        beneficiaries.claimDueValidations("test", START, START.plusSeconds(60), 10);
        SavedBeneficiary after = pending.recordValidation(result, 1, START);
        beneficiaries.saveValidationOutcome("test", after, List.of());
    }

    private static CreateOrderCommand order(String orderId, String beneId, String name) {
        NewFulfillment f = new NewFulfillment(Money.of("5.00"), BeneIdBeneficiary.unresolved(new BeneId(beneId), name),
                List.of(new MethodId("DUMMY_UPI")), Udfs.NONE, AdditionalInfo.NONE);
        return new CreateOrderCommand(ACME, new MerchantOrderId(orderId), OrderType.FULFILL_ONLY, Money.of("5.00"),
                new Customer(CUST_1, null, null), Udfs.NONE, List.of(f));
    }

    @Test
    void aValidBeneficiaryIsPaidByACopyOfItsPayeeUnderTheBeneId() {
        validated("bene-1", new ValidationResult.Valid("RAVI KUMAR", new MethodId("DUMMY_UPI")));

        Order order = service.createOrder(order("ord-1", "bene-1", "Ravi")).order();

        Beneficiary paid = order.fulfillments().get(0).beneficiary();
        assertThat(paid).isEqualTo(new BeneIdBeneficiary(new BeneId("bene-1"), null, VPA));
        assertThat(paid.payee()).isEqualTo(VPA);
        assertThat(orders.findOrder(ACME, new MerchantOrderId("ord-1"))).contains(order);
    }

    @Test
    void aCreatedBeneficiaryIsPayableWithoutValidation() {
        Beneficiary account = new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262");
        saved(ACME, CUST_1, "bene-2", account, BeneficiaryAction.CREATE);

        Order order = service.createOrder(order("ord-1", "bene-2", null)).order();

        assertThat(order.fulfillments().get(0).beneficiary().payee()).isEqualTo(account);
    }

    @Test
    void aRepeatIsRecognisedByTheRequestAsSentNotByThePayee() {
        validated("bene-1", new ValidationResult.Valid(null, null));
        Order first = service.createOrder(order("ord-1", "bene-1", "Ravi")).order();

        CreateOrderResult repeat = service.createOrder(order("ord-1", "bene-1", "Ravi"));

        assertThat(repeat.created()).isFalse();
        assertThat(repeat.order()).isEqualTo(first);
        assertThat(order("ord-1", "bene-1", "Ravi").fingerprint())
                .isNotEqualTo(order("ord-1", "bene-1", null).fingerprint())
                .isNotEqualTo(order("ord-1", "bene-2", "Ravi").fingerprint());
    }

    @Test
    void anUnknownBeneIdIsRefusedNamingTheFieldAndNoOrderIsWritten() {
        var e = refusedOn(FIELD, () -> service.createOrder(order("ord-1", "nobody", null)));

        assertThat(e.reason()).contains("no beneficiary nobody").contains("cust-1");
        assertThat(orders.size()).isZero();
    }

    @Test
    void anotherCustomersOrMerchantsBeneficiaryIsUnknown() {
        saved(ACME, new CustomerId("cust-2"), "theirs", VPA, BeneficiaryAction.CREATE);
        saved(new MerchantId("other"), CUST_1, "foreign", VPA, BeneficiaryAction.CREATE);

        refusedOn(FIELD, () -> service.createOrder(order("ord-1", "theirs", null)));
        refusedOn(FIELD, () -> service.createOrder(order("ord-2", "foreign", null)));
        assertThat(orders.size()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"INVALID", "ERROR", "PENDING"})
    void aBeneficiaryThatIsNotPayableIsRefusedWithItsStatus(String status) {
        switch (status) {
            case "INVALID" -> validated("bene-1", new ValidationResult.Invalid("no such VPA", null));
            case "ERROR" -> validated("bene-1", new ValidationResult.Error("timeout", null));
            default -> saved(ACME, CUST_1, "bene-1", VPA, BeneficiaryAction.VALIDATE);
        }

        var e = refusedOn(FIELD, () -> service.createOrder(order("ord-1", "bene-1", null)));

        assertThat(e.reason()).contains("is " + status).contains("only a CREATED or VALID beneficiary");
        assertThat(orders.size()).isZero();
    }

    @Test
    void withoutBeneficiariesBeneIdIsRefusedOnTheType() {
        CreateOrderService plain = new CreateOrderService(orders, orders, new OrderLimits(Money.of("100000.00")),
                clock);

        refusedOn("fulfillments[0].beneficiaryDetails.type", () -> plain.createOrder(order("ord-1", "bene-1", null)));
    }
}
