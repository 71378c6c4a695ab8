package io.payout.collection.expresscheckout;

/** A body that is not the JSON we expected. Its message never quotes the body. */
final class MalformedJsonException extends RuntimeException {
    MalformedJsonException(String message) {
        super(message, null, false, false);
    }
}
