package io.payout.adapters.rest.request;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Gives every request an id: the request's own {@code x-request-id} when it is sane (1 to 64 of letters, digits,
 * {@code . _ : -}), else a new one (16 random hex digits). The id goes back in the response's {@code x-request-id}
 * and sits in the logging MDC as {@code requestId} while the request is served (so every log line of the request can
 * show it, {@code %X{requestId}}), and is removed afterwards.
 */
public class RequestIdFilter implements Filter {
    public static final String HEADER = "x-request-id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = idFor(((HttpServletRequest) request).getHeader(HEADER));
        ((HttpServletResponse) response).setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    /** {@code offered} if it is sane, else a new id. */
    static String idFor(String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered
                : HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }
}
