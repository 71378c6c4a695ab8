package io.payout.gateway.razorpayx;

import java.util.function.Supplier;

/** How the fake RazorpayX misbehaves for one request. */
@FunctionalInterface
interface FakeFault {
    /** The answer to give, given the answer the fake would have given (asking for it does the work). */
    FakeRazorpayX.Answer answer(Supplier<FakeRazorpayX.Answer> normal);

    /** Answers this status and body without doing anything. */
    static FakeFault answering(int status, String body) {
        return normal -> new FakeRazorpayX.Answer(status, body);
    }

    /** Does the work, then loses the answer behind a 502 (the payout exists). */
    static FakeFault doneThenBadGateway() {
        return normal -> {
            normal.get();
            return new FakeRazorpayX.Answer(502, "<html><body>502 Bad Gateway</body></html>");
        };
    }

    /** Waits, then answers normally (the payout is made, however late). */
    static FakeFault slow(long millis) {
        return normal -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return normal.get();
        };
    }
}
