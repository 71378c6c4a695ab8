package io.payout.adapters.rest;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A webhook's request headers for a use case: names in lower case, looked up in any case, read-only. */
public final class WebhookHeaders {
    private WebhookHeaders() {
    }

    public static Map<String, List<String>> of(HttpHeaders headers) {
        Map<String, List<String>> result = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.getRequestHeaders().forEach((name, values) ->
                result.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return Collections.unmodifiableMap(result);
    }
}
