package io.payout.application.fakes;

import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import java.time.Instant;
import java.util.List;

/** Ready-made valid create commands for tests. */
public final class SampleOrders {
    private SampleOrders() {
    }

    public static CreateOrderCommand twoFulfillments(String merchantId, String orderId) {
        NewFulfillment bank = new NewFulfillment(Money.of("7.00"),
                new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262"),
                List.of(new MethodId("DUMMY_IMPS"), new MethodId("DUMMY_NEFT")),
                new Udfs("f-udf1", null, null, null, null),
                new AdditionalInfo("salary", null, Instant.parse("2030-01-01T00:00:00Z"), 25, true,
                        new WebhookTarget("https://merchant.example/hooks", "hook-user", "hook-pass",
                                "{\"x-tenant\":\"t1\"}")));
        NewFulfillment upi = new NewFulfillment(Money.of("3.50"),
                new UpiBeneficiary("Ravi K", "success@upi", "9876543210"), List.of(), Udfs.NONE,
                AdditionalInfo.NONE);
        return new CreateOrderCommand(new MerchantId(merchantId), new MerchantOrderId(orderId),
                OrderType.FULFILL_ONLY, Money.of("10.50"),
                new Customer(new CustomerId("cust-1"), "9876543210", "asha@example.com"),
                new Udfs("u1", "u2", null, null, "u5"), List.of(bank, upi));
    }

    public static CreateOrderCommand oneUpi(String merchantId, String orderId, String amount) {
        NewFulfillment upi = new NewFulfillment(Money.of(amount),
                new UpiBeneficiary("Ravi K", "success@upi", null), List.of(), Udfs.NONE, AdditionalInfo.NONE);
        return new CreateOrderCommand(new MerchantId(merchantId), new MerchantOrderId(orderId),
                OrderType.FULFILL_ONLY, Money.of(amount), new Customer(new CustomerId("cust-2"), null, null),
                Udfs.NONE, List.of(upi));
    }
}
