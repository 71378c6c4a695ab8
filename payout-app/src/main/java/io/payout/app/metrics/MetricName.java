package io.payout.app.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels in Dropwizard metric names. Dropwizard names are plain strings, so a labelled metric is named
 * {@code base{key=value,key=value}}: {@code payout.orders.created.total{type=FULFILL_ONLY}}. Keys follow Prometheus'
 * label names ({@code [a-zA-Z_][a-zA-Z0-9_]*}, each once, not {@code quantile}); a value cannot hold
 * {@code , = { }} or a line break (each becomes {@code _} when the name is made). {@link PrometheusTextFormat}
 * renders such a name as the family of its base with the labels,
 * {@code payout_orders_created_total{type="FULFILL_ONLY"}}; Dropwizard's JSON at {@code /metrics} shows it as it is.
 * A name that does not parse this way is an ordinary name.
 */
public record MetricName(String base, List<Label> labels) {
    /** The label summaries add to each quantile; no name may bring its own. */
    static final String QUANTILE = "quantile";
    private static final Pattern KEY = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern FORBIDDEN_IN_VALUE = Pattern.compile("[,={}\\r\\n]");

    public MetricName {
        labels = List.copyOf(labels);
    }

    /** One label of a name. */
    public record Label(String key, String value) {
    }

    /**
     * The Dropwizard name of {@code base} with labels given as key, value, key, value...: keys in the order given.
     *
     * @throws IllegalArgumentException for an odd number of strings, or a key that is not a label name
     */
    public static String of(String base, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in key, value pairs");
        }
        if (keysAndValues.length == 0) {
            return base;
        }
        StringBuilder name = new StringBuilder(base).append('{');
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = keysAndValues[i];
            if (!KEY.matcher(key).matches() || key.equals(QUANTILE) || !keys.add(key)) {
                throw new IllegalArgumentException("not a label name, reserved or given twice: " + key);
            }
            String value = keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1];
            name.append(i == 0 ? "" : ",").append(keysAndValues[i]).append('=')
                    .append(FORBIDDEN_IN_VALUE.matcher(value).replaceAll("_"));
        }
        return name.append('}').toString();
    }

    /** {@code name} split into its base and labels; a name without well-formed labels is all base. */
    public static MetricName parse(String name) {
        int open = name.indexOf('{');
        if (open <= 0 || !name.endsWith("}")) {
            return new MetricName(name, List.of());
        }
        List<Label> labels = new ArrayList<>();
        for (String pair : name.substring(open + 1, name.length() - 1).split(",", -1)) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? "" : pair.substring(0, equals);
            if (!KEY.matcher(key).matches() || key.equals(QUANTILE)
                    || labels.stream().anyMatch(label -> label.key().equals(key))
                    || FORBIDDEN_IN_VALUE.matcher(pair.substring(equals + 1)).find()) {
                return new MetricName(name, List.of());
            }
            labels.add(new Label(key, pair.substring(equals + 1)));
        }
        return new MetricName(name.substring(0, open), labels);
    }
}
