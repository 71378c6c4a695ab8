package io.payout.application.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.reconcile.port.LoadOpenTransactionsPort;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.TransactionRef;
import io.payout.domain.TransactionStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReconcileServiceTest {
    private static final Instant FROM = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-05-02T00:00:00Z");

    @Test
    void asksForTheUnsettledStatusesAndCountsThemByKindOfOutcome() {
        List<Set<TransactionStatus>> asked = new ArrayList<>();
        LoadOpenTransactionsPort port = (request, statuses) -> {
            asked.add(statuses);
            return List.of(open(1, TransactionStatus.CREATED), open(2, TransactionStatus.INITIATED),
                    open(3, TransactionStatus.PENDING), open(4, TransactionStatus.MANUAL_REVIEW),
                    open(5, TransactionStatus.PENDING));
        };

        ReconcileReport report = new ReconcileService(port).reconcile(new ReconcileRequest(FROM, TO, null));

        assertThat(asked).containsExactly(Set.of(TransactionStatus.CREATED, TransactionStatus.INITIATED,
                TransactionStatus.PENDING, TransactionStatus.MANUAL_REVIEW));
        assertThat(report.total()).isEqualTo(5);
        assertThat(report.unknown()).isEqualTo(2);
        assertThat(report.pending()).isEqualTo(2);
        assertThat(report.manualReview()).isEqualTo(1);
    }

    @Test
    void rangeMustEndAfterItStarts() {
        assertThatThrownBy(() -> new ReconcileRequest(TO, FROM, null)).isInstanceOf(InvalidInputException.class)
                .hasMessage("to: must be after from");
        assertThatThrownBy(() -> new ReconcileRequest(FROM, FROM, new MerchantId("m1")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new ReconcileRequest(null, TO, null)).hasMessage("from: is required");
    }

    private static OpenTransaction open(int n, TransactionStatus status) {
        OrderId order = new OrderId("c".repeat(30));
        return new OpenTransaction(new MerchantId("m1"), new MerchantOrderId("order-" + n), order,
                order.fulfillment(n), order.fulfillment(n).transaction(1), new TransactionRef("ref" + n),
                new MethodId("DUMMY_IMPS"), Money.of("1.00"), status, null, FROM, FROM);
    }
}
