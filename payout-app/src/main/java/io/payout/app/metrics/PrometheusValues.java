package io.payout.app.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The lexical rules of the Prometheus text format 0.0.4: metric names, sample values and HELP text. */
final class PrometheusValues {
    private PrometheusValues() {
    }

    /** Maps a Dropwizard name onto {@code [a-zA-Z_:][a-zA-Z0-9_:]*}: every other character becomes {@code _}. */
    static String sanitize(String name) {
        StringBuilder sanitized = new StringBuilder(name.length() + 1);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
            boolean digit = c >= '0' && c <= '9';
            if (i == 0 && digit) {
                sanitized.append('_');
            }
            sanitized.append(letter || digit ? c : '_');
        }
        return sanitized.length() == 0 ? "_" : sanitized.toString();
    }

    static String format(Number number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte
                || number instanceof AtomicLong || number instanceof AtomicInteger || number instanceof BigInteger) {
            return number.toString();
        }
        if (number instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return format(number.doubleValue());
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return Double.toString(value);
    }

    /** {@code {key="value",...}} in the given order, each value escaped; empty for no labels. */
    static String labels(List<MetricName.Label> labels) {
        if (labels.isEmpty()) {
            return "";
        }
        StringBuilder text = new StringBuilder("{");
        for (MetricName.Label label : labels) {
            text.append(text.length() == 1 ? "" : ",").append(label.key()).append("=\"")
                    .append(escapeLabelValue(label.value())).append('"');
        }
        return text.append('}').toString();
    }

    /** {@code labels} (as {@link #labels} writes them) with one more label at the end. */
    static String withLabel(String labels, String key, String value) {
        String added = key + "=\"" + escapeLabelValue(value) + "\"}";
        return labels.isEmpty() ? "{" + added : labels.substring(0, labels.length() - 1) + "," + added;
    }

    static String escapeLabelValue(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String escapeHelp(String help) {
        return help.replace("\\", "\\\\").replace("\n", "\\n");
    }
}
