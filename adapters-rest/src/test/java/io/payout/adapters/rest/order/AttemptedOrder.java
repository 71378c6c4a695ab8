package io.payout.adapters.rest.order;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentId;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.OrderStatus;
import io.payout.domain.OrderType;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import java.time.Instant;
import java.util.List;

/** An order as the scheduler leaves it: the first attempt failed on IMPS, the second succeeded on NEFT. */
final class AttemptedOrder {
    static final String ORDER_ID = "0123456789abcdef0123456789abcd";
    static final String EXPECTED_TRANSACTIONS = """
            [{"id": "0123456789abcdef0123456789abcd-f1-t1", "transactionRef": "ref-1", "fulfillmentMethod": "DUMMY_IMPS",
              "status": "FAILURE", "amount": 5.00, "responseCode": "E500", "responseMessage": "bank down",
              "createdAt": "2024-01-15T10:01:00Z", "updatedAt": "2024-01-15T10:01:02Z"},
             {"id": "0123456789abcdef0123456789abcd-f1-t2", "transactionRef": "ref-2", "fulfillmentMethod": "DUMMY_NEFT",
              "status": "SUCCESS", "amount": 5.00, "gatewayRefId": "utr-77", "responseCode": "00",
              "responseMessage": "ok", "responseDescription": "credited", "txnResponse": "{\\"raw\\":true}",
              "createdAt": "2024-01-15T10:02:00Z", "updatedAt": "2024-01-15T10:02:05Z"}]
            """;
    private static final Instant T0 = Instant.parse("2024-01-15T10:00:00Z");

    private AttemptedOrder() {
    }

    static Order paidOnSecondAttempt(String merchantId, String merchantOrderId) {
        FulfillmentId fulfillmentId = new OrderId(ORDER_ID).fulfillment(1);
        Money amount = Money.of("5.00");
        Transaction failed = new Transaction(fulfillmentId.transaction(1), new TransactionRef("ref-1"),
                new MethodId("DUMMY_IMPS"), TransactionStatus.FAILURE, amount,
                new GatewayResponse(null, "E500", "bank down", null, null), at(60), at(62));
        Transaction paid = new Transaction(fulfillmentId.transaction(2), new TransactionRef("ref-2"),
                new MethodId("DUMMY_NEFT"), TransactionStatus.SUCCESS, amount,
                new GatewayResponse("utr-77", "00", "ok", "credited", "{\"raw\":true}"), at(120), at(125));
        Fulfillment fulfillment = new Fulfillment(fulfillmentId, amount, new UpiBeneficiary("Ravi K", "success@upi", null),
                List.of(), List.of(new MethodId("DUMMY_IMPS"), new MethodId("DUMMY_NEFT")), Udfs.NONE,
                AdditionalInfo.NONE, FulfillmentStatus.SUCCESS, T0, at(125), at(125), List.of(failed, paid));
        return new Order(new OrderId(ORDER_ID), new MerchantId(merchantId), new MerchantOrderId(merchantOrderId),
                OrderType.FULFILL_ONLY, OrderStatus.FULFILLMENTS_SUCCESSFUL, amount,
                new Customer(new CustomerId("cust-9"), null, null), Udfs.NONE, List.of(fulfillment), T0, at(125));
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds).plusMillis(700);
    }
}
