package io.payout.app.engine;

import io.payout.app.Persistence;
import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Beneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.OrderStatus;
import io.payout.domain.OrderType;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.attempt.OrderStatusRule;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/** Orders for engine tests, and how many are not settled yet. */
final class EngineOrders {
    private EngineOrders() {
    }

    static CreateOrderCommand order(MerchantId merchant, String orderId, String amount, String kind) {
        Beneficiary beneficiary = kind.equals("UPI") ? new UpiBeneficiary("Ravi K", "success@upi", null)
                : new BankAccountBeneficiary("Asha Rao", "026291800001191", "YESB0000262");
        NewFulfillment fulfillment = new NewFulfillment(Money.of(amount), beneficiary, List.of(), Udfs.NONE,
                AdditionalInfo.NONE);
        return new CreateOrderCommand(merchant, new MerchantOrderId(orderId), OrderType.FULFILL_ONLY,
                Money.of(amount), new Customer(new CustomerId("cust"), null, null), Udfs.NONE, List.of(fulfillment));
    }

    /** Orders of the merchant not yet in a terminal status. */
    static int unsettled(Persistence persistence, MerchantId merchant, int expected) throws Exception {
        try (Connection c = persistence.dataSource().getConnection();
             PreparedStatement s = c.prepareStatement("SELECT status FROM orders WHERE merchant_id = ?")) {
            s.setString(1, merchant.value());
            int settled = 0;
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (OrderStatusRule.isTerminal(OrderStatus.valueOf(rs.getString(1)))) {
                        settled++;
                    }
                }
            }
            return expected - settled;
        }
    }
}
