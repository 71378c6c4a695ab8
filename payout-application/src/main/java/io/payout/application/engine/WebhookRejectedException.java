package io.payout.application.engine;

/** A webhook whose signature does not hold: it changes nothing. */
public class WebhookRejectedException extends RuntimeException {
    public WebhookRejectedException(String message) {
        super(message);
    }
}
