package io.payout.adapters.rest.error;

import io.payout.domain.DomainException;
import io.payout.domain.InvalidInputException;
import io.payout.domain.InvalidValueException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Input the domain refused: 400 E01 naming the field ({@code fulfillments[0].amount: must be at least 1.00}).
 * Any other domain rule broken by the request (an illegal move) is 400 E05.
 */
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException exception) {
        ErrorCode code = exception instanceof InvalidInputException || exception instanceof InvalidValueException
                ? ErrorCode.E01 : ErrorCode.E05;
        return ErrorEnvelope.response(400, code, exception.getMessage()).build();
    }
}
