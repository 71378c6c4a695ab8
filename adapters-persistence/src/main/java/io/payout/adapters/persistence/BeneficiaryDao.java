package io.payout.adapters.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * SQL on {@code beneficiaries}. A {@code PENDING} beneficiary is due at {@code next_attempt_at}; a claim moves that to
 * the lease's end and names its {@code lease_owner}; only the owner's save of a still {@code PENDING} row counts.
 */
interface BeneficiaryDao {
    @SqlUpdate("INSERT INTO beneficiaries (" + BeneficiaryRow.COLUMNS + ", next_attempt_at) VALUES (:merchantId, "
            + ":uniqueId, :customerId, :beneId, :action, :payeeType, :payeeDetails, :email, :phone, :webhookUrl, "
            + ":webhookUsername, :webhookPassword, :webhookCustomHeader, :status, :remark, :nameAtBank, :validatedBy, "
            + ":attempts, :createdAt, :updatedAt, :nextAttemptAt)")
    void insert(@BindMethods BeneficiaryRow row, Instant nextAttemptAt);

    @SqlQuery("SELECT " + BeneficiaryRow.COLUMNS + " FROM beneficiaries WHERE merchant_id = :merchantId "
            + "AND customer_id = :customerId AND bene_id = :beneId")
    @RegisterConstructorMapper(BeneficiaryRow.class)
    Optional<BeneficiaryRow> find(String merchantId, String customerId, String beneId);

    /**
     * Locks the earliest due {@code PENDING} rows, skipping rows other transactions have locked. On H2 the same text
     * locks every row the WHERE matches (see {@link OrderWorkDao#lockDueOrders}): claims stay disjoint.
     */
    @SqlQuery("SELECT " + BeneficiaryRow.COLUMNS + " FROM beneficiaries WHERE status = 'PENDING' "
            + "AND next_attempt_at <= :now ORDER BY next_attempt_at LIMIT :limit FOR UPDATE SKIP LOCKED")
    @RegisterConstructorMapper(BeneficiaryRow.class)
    List<BeneficiaryRow> lockDue(Instant now, int limit);

    @SqlBatch("UPDATE beneficiaries SET lease_owner = :owner, next_attempt_at = :until "
            + "WHERE merchant_id = :merchantId AND unique_id = :uniqueId")
    void lease(@BindMethods List<BeneficiaryRow> rows, String owner, Instant until);

    /** Writes the validation state if {@code owner} holds the row and it is still {@code PENDING}; ends the claim. */
    @SqlUpdate("UPDATE beneficiaries SET status = :status, remark = :remark, name_at_bank = :nameAtBank, "
            + "validated_by = :validatedBy, attempts = :attempts, updated_at = :updatedAt, "
            + "next_attempt_at = :nextAttemptAt, lease_owner = NULL WHERE merchant_id = :merchantId "
            + "AND unique_id = :uniqueId AND status = 'PENDING' AND lease_owner = :owner")
    int updateHeld(@BindMethods BeneficiaryRow row, String owner, Instant nextAttemptAt);

    /** Moves the beneficiary's last callback sequence on by {@code count} (locking its row). */
    @SqlUpdate("UPDATE beneficiaries SET callback_seq = callback_seq + :count "
            + "WHERE merchant_id = :merchantId AND unique_id = :uniqueId")
    int reserveCallbacks(String merchantId, String uniqueId, int count);

    @SqlQuery("SELECT callback_seq FROM beneficiaries WHERE merchant_id = :merchantId AND unique_id = :uniqueId")
    long callbackSeq(String merchantId, String uniqueId);
}
