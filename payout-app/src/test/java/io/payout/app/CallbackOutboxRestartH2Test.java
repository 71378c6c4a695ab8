package io.payout.app;

/** {@link CallbackOutboxRestartContract} on a named in-memory H2 that outlives the first instance. */
class CallbackOutboxRestartH2Test extends CallbackOutboxRestartContract {
    private final String url = CallbackApps.h2Url("callback-restart");

    @Override
    String databaseUrl() {
        return url;
    }

    @Override
    String databaseUser() {
        return "sa";
    }
}
