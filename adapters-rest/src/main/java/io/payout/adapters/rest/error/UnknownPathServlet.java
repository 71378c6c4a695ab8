package io.payout.adapters.rest.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers every path outside the API (mapped to {@code /*}; Jersey's longer {@code /payout/*} wins for the API)
 * with 404 E09 in the error envelope, whatever the method.
 */
public class UnknownPathServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient ObjectMapper json;

    public UnknownPathServlet(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), ErrorEnvelope.of(ErrorCode.E09, "not found: no API at this path"));
    }
}
