package io.payout.adapters.rest.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class RequestIdFilterTest {
    private final HttpServletRequest request = mock(HttpServletRequest.class);
    private final HttpServletResponse response = mock(HttpServletResponse.class);
    private final RequestIdFilter filter = new RequestIdFilter();

    @Test
    void theIdIsInTheMdcWhileTheRequestIsServedAndGoneAfter() throws Exception {
        when(request.getHeader("x-request-id")).thenReturn("req-7");
        AtomicReference<String> during = new AtomicReference<>();

        filter.doFilter(request, response, (req, res) -> during.set(MDC.get("requestId")));

        assertThat(during.get()).isEqualTo("req-7");
        assertThat(MDC.get("requestId")).isNull();
        verify(response).setHeader("x-request-id", "req-7");
    }

    @Test
    void theIdLeavesTheMdcEvenWhenTheRequestFails() {
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("boom");
        };

        assertThatThrownBy(() -> filter.doFilter(request, response, failing)).hasMessage("boom");

        assertThat(MDC.get("requestId")).isNull();
    }

    @Test
    void onlySaneIdsAreKept() {
        assertThat(RequestIdFilter.idFor("abc.DEF_1:2-3")).isEqualTo("abc.DEF_1:2-3");
        assertThat(RequestIdFilter.idFor(null)).matches("[0-9a-f]{16}");
        assertThat(RequestIdFilter.idFor("")).matches("[0-9a-f]{16}");
        assertThat(RequestIdFilter.idFor("a\nb")).matches("[0-9a-f]{16}");
        assertThat(RequestIdFilter.idFor("x".repeat(64))).isEqualTo("x".repeat(64));
        assertThat(RequestIdFilter.idFor("x".repeat(65))).matches("[0-9a-f]{16}");
    }
}
