package io.payout.domain.attempt;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.Customer;
import io.payout.domain.CustomerId;
import io.payout.domain.Fulfillment;
import io.payout.domain.FulfillmentStatus;
import io.payout.domain.GatewayResponse;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Order;
import io.payout.domain.OrderId;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import io.payout.domain.Udfs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Orders, fulfillments and answers for the attempt tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    static final OrderId ORDER_ID = new OrderId("0123456789abcdef0123456789abcd");
    static final MethodId IMPS = new MethodId("DUMMY_IMPS");
    static final MethodId NEFT = new MethodId("DUMMY_NEFT");
    static final MethodId RTGS = new MethodId("OTHER_RTGS");
    static final List<MethodId> BANK_METHODS = List.of(IMPS, NEFT, RTGS);
    /** Polls after 10 s to 10 min, reviews hourly, watches settled transactions for 2 hours. */
    static final EngineTimings TIMINGS = new EngineTimings(Duration.ofSeconds(10), Duration.ofMinutes(10),
            Duration.ofHours(1), Duration.ofHours(2));
    static final AttemptRules RULES = new AttemptRules(TIMINGS);
    static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(5), 2.0, Duration.ofMinutes(5));
    /** Three attempts, next method on anything, a 24-hour window, 2 hours pending at most. */
    static final RetryPolicy NEXT_METHOD_ALWAYS = new RetryPolicy(3, List.of(), RetryAction.NEXT_METHOD, BACKOFF,
            Duration.ofHours(24), Duration.ofHours(2));

    private Fixtures() {
    }

    static NewFulfillment bank(String amount) {
        return bank(amount, AdditionalInfo.NONE);
    }

    static NewFulfillment bank(String amount, AdditionalInfo info) {
        return new NewFulfillment(Money.of(amount), new BankAccountBeneficiary("Asha Rao", "026291800001191",
                "YESB0000262"), List.of(), Udfs.NONE, info);
    }

    static AdditionalInfo info(Instant scheduleTime, Integer attemptThreshold, Boolean isRetriable) {
        return new AdditionalInfo(null, null, scheduleTime, attemptThreshold, isRetriable, null);
    }

    /** An order accepted at {@link #T0} with these fulfillments (amounts add up). */
    static Order order(NewFulfillment... fulfillments) {
        Money sum = Arrays.stream(fulfillments).map(NewFulfillment::amount).reduce(Money.ZERO, Money::plus);
        return Order.acceptFulfillOnly(ORDER_ID, new MerchantId("acme"), new MerchantOrderId("ord-1"), sum,
                new Customer(new CustomerId("cust-1"), null, null), Udfs.NONE, List.of(fulfillments), T0);
    }

    static Order oneBankOrder() {
        return order(bank("7.00"));
    }

    static Fulfillment fulfillment(AdditionalInfo info) {
        return order(bank("7.00", info)).fulfillments().get(0);
    }

    /** {@code f} with the bank methods planned, attempts with these statuses (the last one latest), and a status. */
    static Fulfillment attempted(Fulfillment f, FulfillmentStatus status, Instant createdAt,
                                 TransactionStatus... attempts) {
        List<Transaction> transactions = new ArrayList<>();
        for (int i = 0; i < attempts.length; i++) {
            Transaction created = Transaction.created(f.id().transaction(i + 1), BANK_METHODS.get(i % 3), f.amount(),
                    createdAt);
            transactions.add(created.with(attempts[i], GatewayResponse.NONE, createdAt));
        }
        return new Fulfillment(f.id(), f.amount(), f.beneficiary(), f.preferredMethods(), BANK_METHODS, f.udfs(),
                f.additionalInfo(), status, f.createdAt(), createdAt, createdAt, transactions);
    }

    static GatewayResult.Succeeded succeeded() {
        return new GatewayResult.Succeeded("gw-1", "{\"status\":\"SUCCESS\"}");
    }

    static GatewayResult.Pending pending() {
        return new GatewayResult.Pending("gw-1", "{\"status\":\"PENDING\"}");
    }

    static GatewayResult.Failed failed(FailureCategory category) {
        return new GatewayResult.Failed("E101", "bank offline", category, true, "{\"status\":\"FAILURE\"}");
    }

    static GatewayResult.Failed failed(String code, FailureCategory category, boolean retryable) {
        return new GatewayResult.Failed(code, "refused", category, retryable, null);
    }

    static GatewayResult.Unknown timeout() {
        return GatewayResult.Unknown.because("read timed out");
    }
}
