package io.payout.app;

/** {@link PayAndFulfillRefundRestartContract} on a named in-memory H2 that outlives the first instance. */
class PayAndFulfillRefundRestartH2Test extends PayAndFulfillRefundRestartContract {
    private final String url = CallbackApps.h2Url("pay-and-fulfill-refund-restart");

    @Override
    String databaseUrl() {
        return url;
    }

    @Override
    String databaseUser() {
        return "sa";
    }
}
