package io.payout.gateway.razorpayx;

/** An instruction we will not send, because RazorpayX would refuse it: a bug or bad data upstream, not a retry. */
final class RefusedInstruction extends RuntimeException {
    private final String code;

    RefusedInstruction(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
