package io.payout.adapters.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.eclipse.jetty.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper knows: 500 E90. The exception is logged under a fresh error id, which the merchant is
 * given too; nothing of the exception itself reaches the response. Except Jetty's verdict on the request itself (a
 * body arriving slower than {@code minRequestDataPerSecond}: 408; or any other 4xx it raises while the body is read):
 * the client's fault, answered with that status and E01, logged at INFO.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Response toResponse(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                LOG.info("request refused while its body was read: {} {}", http.getCode(), http.getReason());
                return ErrorEnvelope.response(http.getCode(), ErrorCode.E01, "bad request: "
                        + (http.getCode() == 408 ? "the request body arrived too slowly" : http.getReason())).build();
            }
        }
        return serverError(exception);
    }

    static Response serverError(Throwable exception) {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        String errorId = HexFormat.of().formatHex(bytes);
        LOG.error("request failed, error id {}", errorId, exception);
        return ErrorEnvelope.response(500, ErrorCode.E90,
                "something went wrong: check order status (error id " + errorId + ")").build();
    }
}
