package io.payout.gateway.razorpayx;

/** One HTTP answer from RazorpayX: its status code and body text. */
record HttpAnswer(int status, String body) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean clientError() {
        return status >= 400 && status < 500;
    }
}
