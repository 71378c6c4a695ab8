package io.payout.adapters.persistence;

import static io.payout.domain.TransactionStatus.CONFLICTED;
import static io.payout.domain.TransactionStatus.CREATED;
import static io.payout.domain.TransactionStatus.FAILURE;
import static io.payout.domain.TransactionStatus.INITIATED;
import static io.payout.domain.TransactionStatus.MANUAL_REVIEW;
import static io.payout.domain.TransactionStatus.PENDING;
import static io.payout.domain.TransactionStatus.REVERSED;
import static io.payout.domain.TransactionStatus.SUCCESS;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.reconcile.OpenTransaction;
import io.payout.application.reconcile.ReconcileRequest;
import io.payout.application.reconcile.ReconcileService;
import io.payout.domain.FulfillmentId;
import io.payout.domain.MerchantId;
import io.payout.domain.MerchantOrderId;
import io.payout.domain.MethodId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.TransactionRef;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link JdbiReconcileRepository} on a real database: which transactions it finds, and in which order. */
abstract class JdbiReconcileContract {
    private static final Instant FROM = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant TO = Instant.parse("2024-05-02T00:00:00Z");
    private static final String ACME_ORDER = "a".repeat(30);
    private static final String BETA_ORDER = "b".repeat(30);

    private TestDatabase database;
    private ReconcileRows rows;
    private JdbiReconcileRepository repository;

    protected abstract TestDatabase openEmptyDatabase();

    @BeforeEach
    void openDatabase() {
        database = openEmptyDatabase();
        DatabaseMigrations.migrate(database.dataSource());
        rows = new ReconcileRows(database.dataSource()).merchant("acme").merchant("beta")
                .order("acme", ACME_ORDER, "acme-order-1").order("beta", BETA_ORDER, "beta-order-1");
        repository = new JdbiReconcileRepository(JdbiSetup.create(database.dataSource()));
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void findsExactlyTheUnsettledTransactionsCreatedInTheRange() {
        rows.transaction("acme", tx(ACME_ORDER, 1, 1), CREATED, FROM, "1.00", null)
                .transaction("acme", tx(ACME_ORDER, 1, 2), INITIATED, at("01:00"), "2.00", "gw-2")
                .transaction("acme", tx(ACME_ORDER, 1, 3), PENDING, at("02:00"), "3.00", "gw-3")
                .transaction("acme", tx(ACME_ORDER, 1, 4), MANUAL_REVIEW, at("03:00"), "4.00", "gw-4")
                .transaction("acme", tx(ACME_ORDER, 2, 1), SUCCESS, at("04:00"), "5.00", "gw-5")
                .transaction("acme", tx(ACME_ORDER, 2, 2), FAILURE, at("05:00"), "6.00", "gw-6")
                .transaction("acme", tx(ACME_ORDER, 2, 3), REVERSED, at("06:00"), "7.00", "gw-7")
                .transaction("acme", tx(ACME_ORDER, 2, 4), CONFLICTED, at("07:00"), "8.00", "gw-8")
                .transaction("acme", tx(ACME_ORDER, 3, 1), PENDING, FROM.minusNanos(1_000), "9.00", "gw-9")
                .transaction("acme", tx(ACME_ORDER, 3, 2), PENDING, TO, "10.00", "gw-10")
                .transaction("acme", tx(ACME_ORDER, 3, 3), INITIATED, TO.minusNanos(1_000), "11.00", null);

        List<OpenTransaction> open = repository.loadOpenTransactions(new ReconcileRequest(FROM, TO, null),
                ReconcileService.UNSETTLED);

        assertThat(open).extracting(t -> t.transactionId().value()).containsExactly(tx(ACME_ORDER, 1, 1),
                tx(ACME_ORDER, 1, 2), tx(ACME_ORDER, 1, 3), tx(ACME_ORDER, 1, 4), tx(ACME_ORDER, 3, 3));
        assertThat(open.get(1)).isEqualTo(new OpenTransaction(new MerchantId("acme"),
                new MerchantOrderId("acme-order-1"), new OrderId(ACME_ORDER), new FulfillmentId(ACME_ORDER + "-f1"),
                open.get(1).transactionId(), new TransactionRef("ref_" + tx(ACME_ORDER, 1, 2)),
                new MethodId("DUMMY_IMPS"), Money.of("2.00"), INITIATED, "gw-2", at("01:00"), at("01:01")));
        assertThat(open.get(0).gatewayRefId()).isNull();
    }

    @Test
    void merchantFilterKeepsOnlyThatMerchantsTransactions() {
        rows.transaction("acme", tx(ACME_ORDER, 1, 1), PENDING, at("01:00"), "1.00", "gw-a")
                .transaction("beta", tx(BETA_ORDER, 1, 1), PENDING, at("02:00"), "2.00", "gw-b");

        List<OpenTransaction> beta = repository.loadOpenTransactions(
                new ReconcileRequest(FROM, TO, new MerchantId("beta")), ReconcileService.UNSETTLED);
        List<OpenTransaction> nobody = repository.loadOpenTransactions(
                new ReconcileRequest(FROM, TO, new MerchantId("nobody")), ReconcileService.UNSETTLED);
        List<OpenTransaction> everyone = repository.loadOpenTransactions(
                new ReconcileRequest(FROM, TO, null), ReconcileService.UNSETTLED);

        assertThat(beta).extracting(t -> t.merchantOrderId().value()).containsExactly("beta-order-1");
        assertThat(nobody).isEmpty();
        assertThat(everyone).extracting(t -> t.merchantId().value()).containsExactly("acme", "beta");
    }

    @Test
    void orderedByCreationThenByTransactionIdInJavaStringOrder() {
        // written out of order; the last three share a creation time, and "-f1-t2" < "-f10-t1" only in Java order
        rows.transaction("acme", tx(ACME_ORDER, 10, 1), PENDING, at("05:00"), "1.00", "gw-1")
                .transaction("acme", tx(ACME_ORDER, 2, 1), PENDING, at("05:00"), "1.00", "gw-2")
                .transaction("acme", tx(ACME_ORDER, 1, 2), PENDING, at("05:00"), "1.00", "gw-3")
                .transaction("beta", tx(BETA_ORDER, 1, 1), INITIATED, at("04:59"), "1.00", "gw-4")
                .transaction("acme", tx(ACME_ORDER, 1, 1), MANUAL_REVIEW, at("00:30"), "1.00", "gw-5");

        List<OpenTransaction> open = repository.loadOpenTransactions(new ReconcileRequest(FROM, TO, null),
                ReconcileService.UNSETTLED);

        assertThat(open).extracting(t -> t.transactionId().value()).containsExactly(tx(ACME_ORDER, 1, 1),
                tx(BETA_ORDER, 1, 1), tx(ACME_ORDER, 1, 2), tx(ACME_ORDER, 10, 1), tx(ACME_ORDER, 2, 1));
    }

    private static String tx(String orderId, int fulfillment, int attempt) {
        return orderId + "-f" + fulfillment + "-t" + attempt;
    }

    private static Instant at(String hoursAndMinutes) {
        return Instant.parse("2024-05-01T" + hoursAndMinutes + ":00Z");
    }
}
