package io.payout.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.callback.WebhookSecrets;
import io.payout.domain.MerchantId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Migrating a database, on every database we run on. */
abstract class DatabaseMigrationsContract {
    private static final Instant T1 = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final Instant T2 = Instant.parse("2025-03-01T11:00:00.000001Z");
    private TestDatabase database;
    private DataSource dataSource;

    protected abstract TestDatabase openEmptyDatabase();

    @BeforeEach
    void openDatabase() {
        database = openEmptyDatabase();
        dataSource = database.dataSource();
    }

    @AfterEach
    void closeDatabase() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void emptyDatabaseIsNotUpToDate() {
        assertThat(DatabaseMigrations.isUpToDate(dataSource)).isFalse();
    }

    @Test
    void migratingAnEmptyDatabaseAppliesEveryMigration() {
        assertThat(DatabaseMigrations.migrate(dataSource)).isPositive();

        assertThat(DatabaseMigrations.isUpToDate(dataSource)).isTrue();
        assertThat(tables()).contains("merchants", "api_keys", "orders", "fulfillments", "transactions",
                "status_events", "qrtz_triggers", "qrtz_locks", "callbacks", "callback_attempts", "payments",
                "refunds", "operator_actions", "beneficiaries", "operator_log", "routing_pauses");
        assertThat(appliedVersions()).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");
    }

    @Test
    void migratingAgainAppliesNothing() {
        DatabaseMigrations.migrate(dataSource);

        assertThat(DatabaseMigrations.migrate(dataSource)).isZero();
        assertThat(DatabaseMigrations.isUpToDate(dataSource)).isTrue();
    }

    @Test
    void engineMigrationMakesWaitingWorkDueAtItsCreation() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
        Jdbi jdbi = JdbiSetup.create(dataSource);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO merchants (merchant_id, webhook_secret, created_at) VALUES ('m-1', 's', ?)", T1);
            insertOrder(h, "a00000000000000000000000000001", "READY_FOR_FULFILLMENT", T1);
            insertFulfillment(h, "a00000000000000000000000000001", 1, "CREATED", T1);
            insertFulfillment(h, "a00000000000000000000000000001", 2, "CREATED", T1);
            insertOrder(h, "a00000000000000000000000000002", "FULFILLMENTS_SCHEDULED", T1);
            insertFulfillment(h, "a00000000000000000000000000002", 1, "PENDING", T1);
            insertFulfillment(h, "a00000000000000000000000000002", 2, "CREATED", T2);
            insertOrder(h, "a00000000000000000000000000003", "FULFILLMENTS_SUCCESSFUL", T1);
            insertFulfillment(h, "a00000000000000000000000000003", 1, "SUCCESS", T1);
        });

        assertThat(DatabaseMigrations.migrate(dataSource)).isEqualTo(9);

        assertThat(dueTimes(jdbi, "SELECT order_id AS id, next_due_at FROM orders")).containsOnly(
                entry("a00000000000000000000000000001", T1), entry("a00000000000000000000000000002", T2),
                entry("a00000000000000000000000000003", null));
        assertThat(dueTimes(jdbi, "SELECT fulfillment_id AS id, next_due_at FROM fulfillments")).containsOnly(
                entry("a00000000000000000000000000001-f1", T1), entry("a00000000000000000000000000001-f2", T1),
                entry("a00000000000000000000000000002-f1", null), entry("a00000000000000000000000000002-f2", T2),
                entry("a00000000000000000000000000003-f1", null));
        int untouched = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM orders WHERE event_seq = 0 "
                + "AND callback_seq = 0 "
                + "AND version = 0 AND lease_owner IS NULL AND lease_until IS NULL AND retry_policy IS NULL")
                .mapTo(Integer.class).one());
        assertThat(untouched).isEqualTo(3);
    }

    @Test
    void outboxMigrationLeavesMerchantsWithoutCallbackConfigurationSigningWithTheirSecret() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("4").load().migrate();
        Jdbi jdbi = JdbiSetup.create(dataSource);
        jdbi.useHandle(h -> h.execute(
                "INSERT INTO merchants (merchant_id, webhook_secret, created_at) VALUES ('m-1', 'whsec_1', ?)", T1));

        assertThat(DatabaseMigrations.migrate(dataSource)).isEqualTo(7);

        JdbiMerchantRepository merchants = new JdbiMerchantRepository(jdbi);
        assertThat(merchants.subscription(new MerchantId("m-1"))).isEmpty();
        assertThat(merchants.secrets(new MerchantId("m-1"), T2)).contains(new WebhookSecrets("whsec_1", null));
    }

    @Test
    void payAndFulfillMigrationLeavesExistingOrdersWithoutPaymentsAndNewPaymentsWithoutARefundCheck() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("5").load().migrate();
        Jdbi jdbi = JdbiSetup.create(dataSource);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO merchants (merchant_id, webhook_secret, created_at) VALUES ('m-1', 's', ?)", T1);
            insertOrder(h, "a00000000000000000000000000001", "READY_FOR_FULFILLMENT", T1);
        });

        assertThat(DatabaseMigrations.migrate(dataSource)).isEqualTo(6);

        jdbi.useHandle(h -> h.execute("INSERT INTO payments (merchant_id, order_id, provider, provider_order_id, "
                + "amount, status, expires_at, created_at, updated_at) "
                + "VALUES ('m-1', 'a00000000000000000000000000001', 'p', 'po-1', 2.00, 'PENDING_CREATION', ?, ?, ?)",
                T2, T1, T1));
        List<Boolean> refundChecks = jdbi.withHandle(h -> h.createQuery("SELECT refund_check_due FROM payments")
                .mapTo(Boolean.class).list());
        int refunds = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM refunds").mapTo(Integer.class).one());
        assertThat(refundChecks).containsExactly(false);
        assertThat(refunds).isZero();
    }

    @Test
    void beneficiaryMigrationKeepsOrderCallbacksAndLetsCallbacksBeKeyedByABeneficiary() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("8").load().migrate();
        Jdbi jdbi = JdbiSetup.create(dataSource);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO merchants (merchant_id, webhook_secret, created_at) VALUES ('m-1', 's', ?)", T1);
            insertOrder(h, "a00000000000000000000000000001", "FULFILLMENTS_SCHEDULED", T1);
            insertCallback(h, "a00000000000000000000000000001");
        });

        assertThat(DatabaseMigrations.migrate(dataSource)).isEqualTo(3);

        jdbi.useHandle(h -> insertCallback(h, "b00000000000000000000000000001"));
        List<String> keys = jdbi.withHandle(h -> h.createQuery("SELECT order_id FROM callbacks ORDER BY order_id")
                .mapTo(String.class).list());
        assertThat(keys).containsExactly("a00000000000000000000000000001", "b00000000000000000000000000001");
    }

    @Test
    void callbackQueueMigrationQueuesOnlyCallbacksBehindAnOpenOneOfTheirOrder() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10").load().migrate();
        Jdbi jdbi = JdbiSetup.create(dataSource);
        jdbi.useHandle(h -> {
            h.execute("INSERT INTO merchants (merchant_id, webhook_secret, created_at) VALUES ('m-1', 's', ?)", T1);
            insertCallback(h, "chain", 1, "PENDING");
            insertCallback(h, "chain", 2, "PENDING");
            insertCallback(h, "chain", 3, "PENDING");
            insertCallback(h, "after-delivered", 1, "DELIVERED");
            insertCallback(h, "after-delivered", 2, "PENDING");
            insertCallback(h, "after-delivered", 3, "PENDING");
            insertCallback(h, "redelivered", 1, "PENDING");
            insertCallback(h, "redelivered", 2, "DELIVERED");
            insertCallback(h, "redelivered", 3, "FAILED");
            insertCallback(h, "redelivered", 4, "PENDING");
        });

        assertThat(DatabaseMigrations.migrate(dataSource)).isEqualTo(1);

        List<String> states = jdbi.withHandle(h -> h.createQuery("SELECT callback_id || ' ' || status || ' ' || "
                + "CASE WHEN next_attempt_at IS NULL THEN 'waits' ELSE 'due' END FROM callbacks "
                + "ORDER BY callback_id").mapTo(String.class).list());
        assertThat(states).containsExactly(
                "after-delivered-c1 DELIVERED waits", "after-delivered-c2 PENDING due",
                "after-delivered-c3 QUEUED waits",
                "chain-c1 PENDING due", "chain-c2 QUEUED waits", "chain-c3 QUEUED waits",
                "redelivered-c1 PENDING due", "redelivered-c2 DELIVERED waits", "redelivered-c3 FAILED waits",
                "redelivered-c4 PENDING due");
    }

    private static void insertCallback(Handle h, String key, int seq, String status) {
        h.execute("INSERT INTO callbacks (callback_id, merchant_id, order_id, seq, label, \"value\", entity_id, "
                + "occurred_at, info, url, status, next_attempt_at, created_at) "
                + "VALUES (?, 'm-1', ?, ?, 'ORDER', 'X', ?, ?, '{}', 'https://x.example', ?, ?, ?)",
                key + "-c" + seq, key, seq, key, T1, status, status.equals("PENDING") ? T1 : null, T1);
    }

    private static void insertCallback(Handle h, String key) {
        h.execute("INSERT INTO callbacks (callback_id, merchant_id, order_id, seq, label, \"value\", entity_id, "
                + "occurred_at, info, url, status, next_attempt_at, created_at) "
                + "VALUES (?, 'm-1', ?, 1, 'ORDER', 'X', ?, ?, '{}', 'https://x.example', 'PENDING', ?, ?)",
                key + "-c1", key, key, T1, T1, T1);
    }

    private static void insertOrder(Handle h, String orderId, String status, Instant createdAt) {
        h.execute("INSERT INTO orders (merchant_id, order_id, merchant_order_id, order_type, status, amount, "
                + "customer_id, request_fingerprint, created_at, updated_at) "
                + "VALUES ('m-1', ?, ?, 'FULFILL_ONLY', ?, 2.00, 'c', 'fp', ?, ?)",
                orderId, "mo-" + orderId, status, createdAt, createdAt);
    }

    private static void insertFulfillment(Handle h, String orderId, int seq, String status, Instant createdAt) {
        h.execute("INSERT INTO fulfillments (merchant_id, fulfillment_id, order_id, seq, amount, status, "
                + "beneficiary_type, beneficiary_details, preferred_methods, fulfillment_methods, additional_info, "
                + "created_at, updated_at, status_updated_at) "
                + "VALUES ('m-1', ?, ?, ?, 1.00, ?, 'UPI_ID', '{}', '[]', '[]', '{}', ?, ?, ?)",
                orderId + "-f" + seq, orderId, seq, status, createdAt, createdAt, createdAt);
    }

    private static Map<String, Instant> dueTimes(Jdbi jdbi, String sql) {
        Map<String, Instant> due = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(sql).map((rs, ctx) -> {
            OffsetDateTime at = rs.getObject("next_due_at", OffsetDateTime.class);
            return entry(rs.getString("id"), at == null ? null : at.toInstant());
        }).forEach(e -> due.put(e.getKey(), e.getValue())));
        return due;
    }

    private List<String> appliedVersions() {
        return Arrays.stream(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .info().applied()).map(m -> m.getVersion().getVersion()).toList();
    }

    private static Map.Entry<String, Instant> entry(String key, Instant value) {
        return new AbstractMap.SimpleEntry<>(key, value);
    }

    private List<String> tables() {
        return JdbiSetup.create(dataSource).withHandle(h -> h.createQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = CURRENT_SCHEMA")
                .mapTo(String.class).list());
    }
}
