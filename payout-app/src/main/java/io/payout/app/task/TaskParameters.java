package io.payout.app.task;

import java.util.List;
import java.util.Map;

/** Reading an admin task's query parameters. */
final class TaskParameters {
    private TaskParameters() {
    }

    /** The parameter's one value, trimmed; refuses a missing, blank or repeated parameter. */
    static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() != 1 || values.get(0).isBlank()) {
            throw new IllegalArgumentException("parameter " + name + " must be given once");
        }
        return values.get(0).trim();
    }
}
