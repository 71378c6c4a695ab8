package io.payout.application.order;

import static io.payout.application.order.Refusals.refusedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.fakes.SampleOrders;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class CreateOrderCommandTest {
    private static final MerchantId MERCHANT = new MerchantId("acme");
    private static final MerchantOrderId ORDER_ID = new MerchantOrderId("ord-1");
    private static final Customer CUSTOMER = new Customer(new CustomerId("cust-1"), null, null);

    private static NewFulfillment upi(String amount) {
        return new NewFulfillment(Money.of(amount), new UpiBeneficiary("Ravi K", "success@upi", null), List.of(),
                Udfs.NONE, AdditionalInfo.NONE);
    }

    private static CreateOrderCommand command(OrderType type, String amount, List<NewFulfillment> fulfillments) {
        return new CreateOrderCommand(MERCHANT, ORDER_ID, type, Money.of(amount), CUSTOMER, null, fulfillments);
    }

    @Test
    void sampleCommandIsValid() {
        CreateOrderCommand command = SampleOrders.twoFulfillments("acme", "ord-1");

        assertThat(command.amount()).isEqualTo(Money.of("10.50"));
        assertThat(command.fulfillments()).hasSize(2);
    }

    @Test
    void missingTypeMeansFulfillOnly() {
        assertThat(command(null, "5", List.of(upi("5"))).type()).isEqualTo(OrderType.FULFILL_ONLY);
    }

    @Test
    void payAndFulfillIsAcceptedWithItsRefundChoice() {
        CreateOrderCommand command = new CreateOrderCommand(MERCHANT, ORDER_ID, OrderType.PAY_AND_FULFILL,
                Money.of("5"), CUSTOMER, null, List.of(upi("5")), null, false);

        assertThat(command.type()).isEqualTo(OrderType.PAY_AND_FULFILL);
        assertThat(command.refundOnFailure()).isFalse();
    }

    @Test
    void refundOnFailureIsRefusedForFulfillOnly() {
        InvalidInputException e = refusedOn("refundOnFailure", () -> new CreateOrderCommand(MERCHANT, ORDER_ID,
                OrderType.FULFILL_ONLY, Money.of("5"), CUSTOMER, null, List.of(upi("5")), null, true));

        assertThat(e.reason()).contains("PAY_AND_FULFILL");
    }

    @Test
    void theRefundChoiceIsPartOfTheFingerprint() {
        CreateOrderCommand on = new CreateOrderCommand(MERCHANT, ORDER_ID, OrderType.PAY_AND_FULFILL, Money.of("5"),
                CUSTOMER, null, List.of(upi("5")), null, true);
        CreateOrderCommand unset = new CreateOrderCommand(MERCHANT, ORDER_ID, OrderType.PAY_AND_FULFILL,
                Money.of("5"), CUSTOMER, null, List.of(upi("5")), null, null);

        assertThat(on.fingerprint()).isNotEqualTo(unset.fingerprint());
    }

    @Test
    void amountOfOneRupeeIsAccepted() {
        assertThat(command(null, "1.00", List.of(upi("1"))).amount()).isEqualTo(Money.of("1"));
    }

    @Test
    void amountBelowOneRupeeIsRefusedOnAmount() {
        refusedOn("amount", () -> command(null, "0.99", List.of(upi("0.99"))));
        refusedOn("amount", () -> command(null, "0", List.of(upi("1"))));
    }

    @Test
    void missingUdfsMeanNone() {
        assertThat(command(null, "5", List.of(upi("5"))).udfs()).isEqualTo(Udfs.NONE);
    }

    @Test
    void missingOrEmptyFulfillmentsAreRefused() {
        refusedOn("fulfillments", () -> command(null, "5", null));
        refusedOn("fulfillments", () -> command(null, "5", List.of()));
    }

    @Test
    void moreThanAHundredFulfillmentsAreRefused() {
        refusedOn("fulfillments", () -> command(null, "101", Collections.nCopies(101, upi("1"))));
    }

    @Test
    void fulfillmentBelowOneRupeeIsRefusedOnItsAmount() {
        refusedOn("fulfillments[1].amount", () -> command(null, "5.50", List.of(upi("5"), upi("0.50"))));
    }

    @Test
    void amountThatIsNotTheSumOfTheFulfillmentsIsRefusedOnAmount() {
        refusedOn("amount", () -> command(null, "10", List.of(upi("5"), upi("4.99"))));
    }

    @Test
    void fulfillmentsAreCopied() {
        List<NewFulfillment> asked = new ArrayList<>(List.of(upi("5")));
        CreateOrderCommand command = command(null, "5", asked);
        asked.add(upi("1"));

        assertThat(command.fulfillments()).hasSize(1);
        assertThatThrownBy(() -> command.fulfillments().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void merchantOrderIdAmountAndCustomerAreRequired() {
        List<NewFulfillment> one = List.of(upi("5"));
        Money five = Money.of("5");

        assertThatNullPointerException().isThrownBy(
                () -> new CreateOrderCommand(null, ORDER_ID, null, five, CUSTOMER, null, one));
        assertThatNullPointerException().isThrownBy(
                () -> new CreateOrderCommand(MERCHANT, null, null, five, CUSTOMER, null, one));
        assertThatNullPointerException().isThrownBy(
                () -> new CreateOrderCommand(MERCHANT, ORDER_ID, null, null, CUSTOMER, null, one));
        assertThatNullPointerException().isThrownBy(
                () -> new CreateOrderCommand(MERCHANT, ORDER_ID, null, five, null, null, one));
    }
}
