package io.payout.collection.expresscheckout;

import java.util.function.Supplier;

/** How the fake Express Checkout misbehaves for one request. */
@FunctionalInterface
interface FakeFault {
    /** The answer to give, given the answer the fake would have given (asking for it does the work). */
    FakeExpressCheckout.Answer answer(Supplier<FakeExpressCheckout.Answer> normal);

    /** Answers this status and body without doing anything. */
    static FakeFault answering(int status, String body) {
        return normal -> new FakeExpressCheckout.Answer(status, body);
    }

    /** Does the work, then loses the answer behind a 500 (the order or refund exists). */
    static FakeFault doneThenServerError() {
        return normal -> {
            normal.get();
            return new FakeExpressCheckout.Answer(500, "<html><body>500 Internal Server Error</body></html>");
        };
    }

    /** Waits, then answers normally (the work is done, however late). */
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
