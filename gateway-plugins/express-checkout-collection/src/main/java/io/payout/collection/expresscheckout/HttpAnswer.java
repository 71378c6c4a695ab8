package io.payout.collection.expresscheckout;

/** One HTTP answer from Express Checkout: its status code and body text. */
record HttpAnswer(int status, String body) {
    boolean ok() {
        return status >= 200 && status < 300;
    }

    boolean clientError() {
        return status >= 400 && status < 500;
    }

    /** A 404 with a JSON body: Express Checkout itself says it has no such order (not a proxy or a wrong URL). */
    boolean orderNotFound() {
        return status == 404 && JsonPath.parse(body).isPresent();
    }
}
