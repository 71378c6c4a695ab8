package io.payout.application.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.SampleOrders;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fingerprint tells a retried create request from a different one. The base request is
 * {@link SampleOrders#twoFulfillments}: a bank fulfillment of 7.00 with every optional part set, then a UPI one of 3.50.
 */
class RequestFingerprintTest {

    private static CreateOrderCommand base() {
        return SampleOrders.twoFulfillments("acme", "ord-1");
    }

    @Test
    void fingerprintIsALowercaseSha256() {
        assertThat(base().fingerprint()).matches("[0-9a-f]{64}");
    }

    @Test
    void equalCommandsHaveEqualFingerprints() {
        assertThat(base().fingerprint()).isEqualTo(base().fingerprint());
    }

    @Test
    void amountsWrittenWithOrWithoutDecimalsHaveEqualFingerprints() {
        assertThat(SampleOrders.oneUpi("acme", "ord-1", "10").fingerprint())
                .isEqualTo(SampleOrders.oneUpi("acme", "ord-1", "10.00").fingerprint());
    }

    @Test
    void missingTypeAndFulfillOnlyHaveEqualFingerprints() {
        CreateOrderCommand b = base();
        CreateOrderCommand untyped = new CreateOrderCommand(b.merchantId(), b.merchantOrderId(), null, b.amount(),
                b.customer(), b.udfs(), b.fulfillments());

        assertThat(untyped.fingerprint()).isEqualTo(b.fingerprint());
    }

    @Test
    void merchantAndOrderIdAreNotPartOfTheFingerprint() {
        assertThat(SampleOrders.twoFulfillments("other", "ord-2").fingerprint()).isEqualTo(base().fingerprint());
    }

    @ParameterizedTest
    @MethodSource("changesOfOneField")
    void changingAnySingleFieldChangesTheFingerprint(CreateOrderCommand changed) {
        assertThat(changed.fingerprint()).isNotEqualTo(base().fingerprint());
    }

    static Stream<Named<CreateOrderCommand>> changesOfOneField() {
        return Stream.of(
                change("amount, with the fulfillment that makes it up", c -> withFulfillment(c, 0,
                        f -> new NewFulfillment(Money.of("7.01"), f.beneficiary(), f.preferredMethods(), f.udfs(),
                                f.additionalInfo()))),
                change("split of the same amount", c -> withFulfillment(withFulfillment(c, 0,
                        f -> new NewFulfillment(Money.of("6.50"), f.beneficiary(), f.preferredMethods(), f.udfs(),
                                f.additionalInfo())), 1,
                        f -> new NewFulfillment(Money.of("4.00"), f.beneficiary(), f.preferredMethods(), f.udfs(),
                                f.additionalInfo()))),
                change("customerId", c -> withCustomer(c, new Customer(new CustomerId("cust-9"), c.customer().phone(),
                        c.customer().email()))),
                change("customerPhone", c -> withCustomer(c, new Customer(c.customer().id(), "9876543211",
                        c.customer().email()))),
                change("customerPhone left out", c -> withCustomer(c, new Customer(c.customer().id(), null,
                        c.customer().email()))),
                change("customerEmail", c -> withCustomer(c, new Customer(c.customer().id(), c.customer().phone(),
                        "asha@example.org"))),
                change("order udf1", c -> withUdfs(c, new Udfs("u1x", "u2", null, null, "u5"))),
                change("order udf3 added", c -> withUdfs(c, new Udfs("u1", "u2", "u3", null, "u5"))),
                change("order udf5 left out", c -> withUdfs(c, new Udfs("u1", "u2", null, null, null))),
                change("order udfs swapped", c -> withUdfs(c, new Udfs("u2", "u1", null, null, "u5"))),
                change("fulfillment udf1", c -> withFulfillment(c, 0, f -> new NewFulfillment(f.amount(),
                        f.beneficiary(), f.preferredMethods(), new Udfs("f-udf1x", null, null, null, null),
                        f.additionalInfo()))),
                change("fulfillment udf moved to udf4", c -> withFulfillment(c, 0, f -> new NewFulfillment(f.amount(),
                        f.beneficiary(), f.preferredMethods(), new Udfs(null, null, null, "f-udf1", null),
                        f.additionalInfo()))),
                change("beneficiary name", c -> withBeneficiary(c, 0,
                        new BankAccountBeneficiary("Asha R", "026291800001191", "YESB0000262"))),
                change("beneficiary account", c -> withBeneficiary(c, 0,
                        new BankAccountBeneficiary("Asha Rao", "026291800001192", "YESB0000262"))),
                change("beneficiary ifsc", c -> withBeneficiary(c, 0,
                        new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000263"))),
                change("beneficiary vpa", c -> withBeneficiary(c, 1, new UpiBeneficiary("Ravi K", "ravi@upi",
                        "9876543210"))),
                change("beneficiary mobileNo left out", c -> withBeneficiary(c, 1, new UpiBeneficiary("Ravi K",
                        "success@upi", null))),
                change("preferred methods reordered", c -> withFulfillment(c, 0, f -> new NewFulfillment(f.amount(),
                        f.beneficiary(), List.of(new MethodId("DUMMY_NEFT"), new MethodId("DUMMY_IMPS")), f.udfs(),
                        f.additionalInfo()))),
                change("preferred method dropped", c -> withFulfillment(c, 0, f -> new NewFulfillment(f.amount(),
                        f.beneficiary(), List.of(new MethodId("DUMMY_IMPS")), f.udfs(), f.additionalInfo()))),
                change("remark", c -> withInfo(c, i -> new AdditionalInfo("bonus", i.useThisAsTR(), i.scheduleTime(),
                        i.attemptThreshold(), i.isRetriable(), i.webhookDetails()))),
                change("useThisAsTR added", c -> withInfo(c, i -> new AdditionalInfo(i.remark(), "TR1",
                        i.scheduleTime(), i.attemptThreshold(), i.isRetriable(), i.webhookDetails()))),
                change("scheduleTime", c -> withInfo(c, i -> new AdditionalInfo(i.remark(), i.useThisAsTR(),
                        Instant.parse("2030-01-01T00:00:01Z"), i.attemptThreshold(), i.isRetriable(),
                        i.webhookDetails()))),
                change("attemptThreshold", c -> withInfo(c, i -> new AdditionalInfo(i.remark(), i.useThisAsTR(),
                        i.scheduleTime(), 1440, i.isRetriable(), i.webhookDetails()))),
                change("isRetriable", c -> withInfo(c, i -> new AdditionalInfo(i.remark(), i.useThisAsTR(),
                        i.scheduleTime(), i.attemptThreshold(), false, i.webhookDetails()))),
                change("webhook url", c -> withHook(c, h -> new WebhookTarget("https://merchant.example/other",
                        h.username(), h.password(), h.customHeader()))),
                change("webhook username", c -> withHook(c, h -> new WebhookTarget(h.url(), "other-user",
                        h.password(), h.customHeader()))),
                change("webhook password", c -> withHook(c, h -> new WebhookTarget(h.url(), h.username(),
                        "other-pass", h.customHeader()))),
                change("webhook customHeader", c -> withHook(c, h -> new WebhookTarget(h.url(), h.username(),
                        h.password(), "{\"x-tenant\":\"t2\"}"))),
                change("webhook left out", c -> withInfo(c, i -> new AdditionalInfo(i.remark(), i.useThisAsTR(),
                        i.scheduleTime(), i.attemptThreshold(), i.isRetriable(), null))),
                change("fulfillments in the other order", c -> {
                    List<NewFulfillment> swapped = new ArrayList<>(c.fulfillments());
                    swapped.add(swapped.remove(0));
                    return withFulfillments(c, swapped);
                }));
    }

    private static Named<CreateOrderCommand> change(String name, UnaryOperator<CreateOrderCommand> change) {
        return Named.of(name, change.apply(base()));
    }

    private static CreateOrderCommand withCustomer(CreateOrderCommand c, Customer customer) {
        return new CreateOrderCommand(c.merchantId(), c.merchantOrderId(), c.type(), c.amount(), customer, c.udfs(),
                c.fulfillments());
    }

    private static CreateOrderCommand withUdfs(CreateOrderCommand c, Udfs udfs) {
        return new CreateOrderCommand(c.merchantId(), c.merchantOrderId(), c.type(), c.amount(), c.customer(), udfs,
                c.fulfillments());
    }

    /** The same command with these fulfillments, and an amount that is their sum. */
    private static CreateOrderCommand withFulfillments(CreateOrderCommand c, List<NewFulfillment> fulfillments) {
        Money sum = fulfillments.stream().map(NewFulfillment::amount).reduce(Money.ZERO, Money::plus);
        return new CreateOrderCommand(c.merchantId(), c.merchantOrderId(), c.type(), sum, c.customer(), c.udfs(),
                fulfillments);
    }

    private static CreateOrderCommand withFulfillment(CreateOrderCommand c, int index,
                                                      UnaryOperator<NewFulfillment> change) {
        List<NewFulfillment> fulfillments = new ArrayList<>(c.fulfillments());
        fulfillments.set(index, change.apply(fulfillments.get(index)));
        return withFulfillments(c, fulfillments);
    }

    private static CreateOrderCommand withBeneficiary(CreateOrderCommand c, int index, Beneficiary beneficiary) {
        return withFulfillment(c, index, f -> new NewFulfillment(f.amount(), beneficiary, f.preferredMethods(),
                f.udfs(), f.additionalInfo()));
    }

    private static CreateOrderCommand withInfo(CreateOrderCommand c, UnaryOperator<AdditionalInfo> change) {
        return withFulfillment(c, 0, f -> new NewFulfillment(f.amount(), f.beneficiary(), f.preferredMethods(),
                f.udfs(), change.apply(f.additionalInfo())));
    }

    private static CreateOrderCommand withHook(CreateOrderCommand c, UnaryOperator<WebhookTarget> change) {
        return withInfo(c, i -> new AdditionalInfo(i.remark(), i.useThisAsTR(), i.scheduleTime(),
                i.attemptThreshold(), i.isRetriable(), change.apply(i.webhookDetails())));
    }
}
