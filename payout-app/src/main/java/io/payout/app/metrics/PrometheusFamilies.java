package io.payout.app.metrics;

import com.codahale.metrics.Metric;
import java.io.IOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The metric families of one scrape, kept in the order they were first seen, so that the samples of a family are
 * written together under its one HELP and TYPE, however their Dropwizard names sort.
 */
final class PrometheusFamilies {
    private final Map<String, Samples> families = new LinkedHashMap<>();

    /** Adds one sample to the family (see {@link #open}); nothing if the family refuses it. */
    void sample(String family, String type, String help, Class<? extends Metric> kind, String labels, String value) {
        Samples samples = open(family, type, help, kind, labels);
        if (samples != null) {
            samples.add(family, labels, value);
        }
    }

    /**
     * The family's samples, to which one metric with {@code labels} adds its lines; null when an earlier metric of
     * another kind took the family, or one with the same labels already wrote there.
     */
    Samples open(String family, String type, String help, Class<? extends Metric> kind, String labels) {
        Samples samples = families.computeIfAbsent(family, name -> new Samples(type, help, kind));
        if (samples.kind != kind || !samples.labelSets.add(labels)) {
            return null;
        }
        return samples;
    }

    void writeTo(Writer out) throws IOException {
        for (Map.Entry<String, Samples> family : families.entrySet()) {
            Samples samples = family.getValue();
            out.write("# HELP " + family.getKey() + " " + PrometheusValues.escapeHelp(samples.help) + "\n");
            out.write("# TYPE " + family.getKey() + " " + samples.type + "\n");
            out.write(samples.lines.toString());
        }
    }

    /** The lines of one family. */
    static final class Samples {
        private final String type;
        private final String help;
        private final Class<? extends Metric> kind;
        private final Set<String> labelSets = new HashSet<>();
        private final StringBuilder lines = new StringBuilder();

        private Samples(String type, String help, Class<? extends Metric> kind) {
            this.type = type;
            this.help = help;
            this.kind = kind;
        }

        void add(String name, String labels, String value) {
            lines.append(name).append(labels).append(' ').append(value).append('\n');
        }
    }
}
