package io.payout.adapters.rest.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Anything no other mapper knows: 500 E90. The exception is logged under a fresh error id, which the merchant is
 * given too; nothing of the exception itself reaches the response.
 */
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionMapper.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public Response toResponse(Throwable exception) {
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
