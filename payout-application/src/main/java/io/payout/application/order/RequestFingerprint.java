package io.payout.application.order;

import io.payout.domain.AdditionalInfo;
import io.payout.domain.BankAccountBeneficiary;
import io.payout.domain.BeneIdBeneficiary;
import io.payout.domain.NewFulfillment;
import io.payout.domain.Udfs;
import io.payout.domain.UpiBeneficiary;
import io.payout.domain.WebhookTarget;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a canonical text of a create request. Absent fields are left out, so that a field added to the
 * API later does not change the fingerprint of requests that do not use it.
 */
final class RequestFingerprint {
    private final StringBuilder text = new StringBuilder();

    private RequestFingerprint() {
    }

    static String of(CreateOrderCommand command) {
        RequestFingerprint f = new RequestFingerprint();
        f.put("type", command.type()).put("amount", command.amount())
                .put("customerId", command.customer().id()).put("customerPhone", command.customer().phone())
                .put("customerEmail", command.customer().email()).udfs("", command.udfs());
        f.put("retryPolicy", command.retryPolicy());
        if (command.refundOnFailure() != null) {
            f.put("refundOnFailure", command.refundOnFailure());
        }
        for (int i = 0; i < command.fulfillments().size(); i++) {
            f.fulfillment("f" + i + ".", command.fulfillments().get(i));
        }
        return f.digest();
    }

    private void fulfillment(String prefix, NewFulfillment fulfillment) {
        put(prefix + "amount", fulfillment.amount()).put(prefix + "preferredMethods", fulfillment.preferredMethods());
        if (fulfillment.beneficiary() instanceof BankAccountBeneficiary b) {
            put(prefix + "bene", "ACCOUNT_IFSC").put(prefix + "name", b.name())
                    .put(prefix + "account", b.account()).put(prefix + "ifsc", b.ifsc());
        } else if (fulfillment.beneficiary() instanceof UpiBeneficiary u) {
            put(prefix + "bene", "UPI_ID").put(prefix + "name", u.name())
                    .put(prefix + "vpa", u.vpa()).put(prefix + "mobileNo", u.mobileNo());
        } else if (fulfillment.beneficiary() instanceof BeneIdBeneficiary ref && !ref.isResolved()) {
            // as sent (id and name), not the payee it resolves to: a repeat matches whatever became of it
            put(prefix + "bene", "BENE_ID").put(prefix + "beneId", ref.id()).put(prefix + "name", ref.requestedName());
        } else {
            throw new IllegalStateException("no fingerprint for " + fulfillment.beneficiary().type());
        }
        udfs(prefix, fulfillment.udfs());
        AdditionalInfo info = fulfillment.additionalInfo();
        put(prefix + "remark", info.remark()).put(prefix + "useThisAsTR", info.useThisAsTR())
                .put(prefix + "scheduleTime", info.scheduleTime()).put(prefix + "attemptThreshold", info.attemptThreshold())
                .put(prefix + "isRetriable", info.isRetriable());
        WebhookTarget hook = info.webhookDetails();
        if (hook != null) {
            put(prefix + "hook.url", hook.url()).put(prefix + "hook.username", hook.username())
                    .put(prefix + "hook.password", hook.password()).put(prefix + "hook.customHeader", hook.customHeader());
        }
    }

    private RequestFingerprint udfs(String prefix, Udfs udfs) {
        return put(prefix + "udf1", udfs.udf1()).put(prefix + "udf2", udfs.udf2()).put(prefix + "udf3", udfs.udf3())
                .put(prefix + "udf4", udfs.udf4()).put(prefix + "udf5", udfs.udf5());
    }

    private RequestFingerprint put(String name, Object value) {
        if (value != null) {
            String v = value.toString();
            text.append(name).append('=').append(v.length()).append(':').append(v).append('\n');
        }
        return this;
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
