package io.payout.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The create-order rules of docs/api.md ("Create an order"), written again from the page alone, independently of the
 * service's own validation: {@link #violations} of a request body the service accepted must be empty. Judges only
 * what the page states plainly; BENE_ID is never valid here, as the fuzz test saves no beneficiaries.
 *
 * <p>Types are judged as the page's "JSON types" states them: a text field takes only a JSON string (a number or a
 * boolean there is a violation, not a value to read as text), a boolean only {@code true} or {@code false}, a number
 * a JSON number or a string holding one, a whole number no fraction; an optional text field sent empty or blank counts
 * as absent. Any coercion beyond that which the service accepted is a violation.
 */
final class DocumentedOrderRules {
    static final BigDecimal MAX_ORDER_AMOUNT = new BigDecimal("100000.00"); // test-config.yml orders.maxOrderAmount
    private static final BigDecimal MINIMUM = new BigDecimal("1.00");
    private static final Pattern ORDER_ID = Pattern.compile("[A-Za-z0-9_@-]{4,64}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9]{6,15}");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{9,18}");
    private static final Pattern IFSC = Pattern.compile("[A-Z]{4}0[A-Z0-9]{6}");
    private static final Pattern VPA = Pattern.compile("[^@\\s]+@[^@\\s]+");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?[0-9]+");
    private static final BigDecimal MAX_THRESHOLD = new BigDecimal(43200);
    private static final Pattern METHOD = Pattern.compile("[A-Z0-9]+(_[A-Z0-9]+)+");
    private static final Set<String> TYPES = Set.of("FULFILL_ONLY", "PAY_AND_FULFILL");

    private final List<String> violations = new ArrayList<>();

    private DocumentedOrderRules() {
    }

    static List<String> violations(JsonNode body) {
        DocumentedOrderRules rules = new DocumentedOrderRules();
        rules.order(body);
        return rules.violations;
    }

    private void order(JsonNode o) {
        if (!o.isObject()) {
            violations.add("body is not an object");
            return;
        }
        text(o, "orderId", true, 64);
        if (o.path("orderId").isValueNode() && !ORDER_ID.matcher(o.get("orderId").asText()).matches()) {
            violations.add("orderId: 4 to 64 letters, digits, _, -, @");
        }
        BigDecimal amount = amount(o, "amount");
        if (amount != null && amount.compareTo(MAX_ORDER_AMOUNT) > 0) {
            violations.add("amount: above orders.maxOrderAmount");
        }
        text(o, "customerId", true, 64);
        if (present(o, "customerPhone") && !(o.get("customerPhone").isTextual()
                && PHONE.matcher(o.get("customerPhone").asText()).matches())) {
            violations.add("customerPhone: 6 to 15 digits, optionally after +");
        }
        if (present(o, "customerEmail") && !(o.get("customerEmail").isTextual()
                && o.get("customerEmail").asText().matches("[^@\\s]+@[^@\\s]+"))) {
            violations.add("customerEmail: an e-mail address");
        }
        if (present(o, "type") && !(o.get("type").isTextual() && TYPES.contains(o.get("type").asText()))) {
            violations.add("type: FULFILL_ONLY or PAY_AND_FULFILL");
        }
        if (present(o, "refundOnFailure") && !(o.get("refundOnFailure").isBoolean()
                && "PAY_AND_FULFILL".equals(o.path("type").asText()))) {
            violations.add("refundOnFailure: a boolean, PAY_AND_FULFILL only");
        }
        udfs(o);
        fulfillments(o.get("fulfillments"), amount);
    }

    private void fulfillments(JsonNode list, BigDecimal orderAmount) {
        if (list == null || !list.isArray() || list.size() < 1 || list.size() > 100) {
            violations.add("fulfillments: 1 to 100");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            if (!f.isObject()) {
                violations.add("fulfillments[" + i + "]: not an object");
                continue;
            }
            BigDecimal a = amount(f, "amount");
            sum = a == null ? sum : sum.add(a);
            beneficiary(f.get("beneficiaryDetails"), i);
            JsonNode methods = f.get("preferredMethodList");
            if (methods != null && !methods.isNull()) {
                if (!methods.isArray()) {
                    violations.add("fulfillments[" + i + "].preferredMethodList: not a list");
                } else {
                    for (JsonNode m : methods) {
                        if (!m.isTextual() || !METHOD.matcher(m.asText()).matches()) {
                            violations.add("fulfillments[" + i + "].preferredMethodList: " + m);
                        }
                    }
                }
            }
            udfs(f);
            additionalInfo(f.get("additionalInfo"), i);
        }
        if (orderAmount != null && orderAmount.compareTo(sum) != 0) {
            violations.add("amount: " + orderAmount + " is not the sum of the fulfillments, " + sum);
        }
    }

    private void beneficiary(JsonNode b, int i) {
        String at = "fulfillments[" + i + "].beneficiaryDetails";
        if (b == null || !b.isObject() || !b.path("details").isObject()) {
            violations.add(at + ": required {type, details}");
            return;
        }
        JsonNode d = b.get("details");
        String type = b.path("type").isTextual() ? b.get("type").asText() : "";
        switch (type) {
            case "ACCOUNT_IFSC" -> {
                text(d, "name", true, 100);
                matches(d, "account", ACCOUNT, at);
                matches(d, "ifsc", IFSC, at);
            }
            case "UPI_ID" -> {
                text(d, "name", true, 100);
                matches(d, "vpa", VPA, at);
            }
            default -> violations.add(at + ".type: " + b.get("type"));
        }
    }

    private void additionalInfo(JsonNode info, int i) {
        if (info == null || info.isNull()) {
            return;
        }
        if (!info.isObject()) {
            violations.add("fulfillments[" + i + "].additionalInfo: not an object");
            return;
        }
        text(info, "remark", false, 255);
        JsonNode threshold = info.get("attemptThreshold");
        if (threshold != null && !threshold.isNull()) {
            BigDecimal minutes = threshold.isIntegralNumber() ? threshold.decimalValue()
                    : threshold.isTextual() && WHOLE_NUMBER.matcher(threshold.asText()).matches()
                    ? new BigDecimal(threshold.asText()) : null;
            if (minutes == null || minutes.compareTo(BigDecimal.ONE) < 0 || minutes.compareTo(MAX_THRESHOLD) > 0) {
                violations.add("additionalInfo.attemptThreshold: a whole number of minutes from 1 to 43200, was "
                        + threshold);
            }
        }
        JsonNode retriable = info.get("isRetriable");
        if (retriable != null && !retriable.isNull() && !retriable.isBoolean()) {
            violations.add("additionalInfo.isRetriable: a boolean, was " + retriable);
        }
    }

    private void udfs(JsonNode o) {
        for (int n = 1; n <= 5; n++) {
            text(o, "udf" + n, false, 255);
        }
    }

    private BigDecimal amount(JsonNode o, String field) {
        JsonNode v = o.get(field);
        BigDecimal a = null;
        try {
            if (v != null && v.isNumber()) {
                a = v.decimalValue();
            } else if (v != null && v.isTextual()) {
                a = new BigDecimal(v.asText());
            }
        } catch (NumberFormatException e) {
            a = null;
        }
        if (a == null) {
            violations.add(field + ": a JSON number or numeric string is required, was " + v);
        } else if (a.compareTo(MINIMUM) < 0 || a.stripTrailingZeros().scale() > 2) {
            violations.add(field + ": at least 1.00, at most 2 decimals, was " + a);
        }
        return a;
    }

    private void matches(JsonNode o, String field, Pattern pattern, String at) {
        if (!o.path(field).isTextual() || !pattern.matcher(o.get(field).asText()).matches()) {
            violations.add(at + ".details." + field + ": " + o.get(field));
        }
    }

    private void text(JsonNode o, String field, boolean required, int max) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                violations.add(field + ": required");
            }
            return;
        }
        if (!v.isTextual()) {
            violations.add(field + ": wrong JSON type " + v.getNodeType());
            return;
        }
        String s = v.asText();
        if (!required && s.isBlank()) {
            return; // an optional text sent empty or blank counts as absent
        }
        if (required && s.isBlank() || s.length() > max || s.codePoints().anyMatch(DocumentedOrderRules::forbidden)) {
            violations.add(field + ": blank, longer than " + max + " or with control characters");
        }
    }

    private static boolean present(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v != null && v.isTextual() && v.asText().isBlank()) {
            return false; // an optional text sent empty or blank counts as absent
        }
        return v != null && !v.isNull();
    }

    /** Control and direction-changing characters, which text fields refuse. */
    static boolean forbidden(int c) {
        return Character.getType(c) == Character.CONTROL || c == 0x061C || c == 0x200E || c == 0x200F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
