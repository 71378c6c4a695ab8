package io.payout.adapters.rest.error;

/** A refusal decided at the edge (missing key, body too large...), answered with the error envelope as is. */
public class ApiErrorException extends RuntimeException {
    private final int status;
    private final ErrorCode code;

    public ApiErrorException(int status, ErrorCode code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public ErrorCode code() {
        return code;
    }
}
