package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.GatewayResult.Failed;
import io.payout.gateway.spi.GatewayResult.Succeeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RailLimitsTest {
    private final MutableClock clock = new MutableClock(SamplePayouts.START);
    private final DummyGateway sandbox = SamplePayouts.sandboxWithoutTimeouts(clock);

    @ParameterizedTest
    @CsvSource({"UPI, 0.01", "UPI, 1.00", "UPI, 5.00", "IMPS, 1.00", "IMPS, 5.01", "IMPS, 10.00",
            "NEFT, 1.00", "NEFT, 10.01", "NEFT, 20.00", "UPI, 5", "UPI, 5.0", "IMPS, 10.000"})
    void amountsUpToTheRailLimitSucceedWithAFakeUtr(String rail, String amount) {
        GatewayResult result = sandbox.initiate(payout("ref-1", rail, amount));

        assertThat(result).isInstanceOfSatisfying(Succeeded.class,
                succeeded -> assertThat(succeeded.gatewayRefId()).matches("DUMMY\\d{12}"));
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("SUCCESS");
    }

    @ParameterizedTest
    @CsvSource({"UPI, 5.01", "UPI, 10.00", "IMPS, 10.01", "IMPS, 20.00", "NEFT, 20.01", "NEFT, 25.00",
            "NEFT, 27.00", "IMPS, 97.99", "UPI, 99.00", "IMPS, 100000.00", "UPI, 5.001"})
    void amountsAboveTheRailLimitFailAsARetryableBusinessFailure(String rail, String amount) {
        GatewayResult result = sandbox.initiate(payout("ref-1", rail, amount));

        assertThat(result).isInstanceOfSatisfying(Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("DUMMY_FAILED");
            assertThat(failed.category()).isEqualTo(FailureCategory.BUSINESS);
            assertThat(failed.retryable()).isTrue();
        });
    }

    @Test
    void aFailedPayoutIsRecordedAndInquiryAnswersTheSameFailure() {
        GatewayResult initiated = sandbox.initiate(payout("ref-1", "UPI", "5.01"));

        assertThat(sandbox.inquire("ref-1")).isEqualTo(initiated);
        assertThat(sandbox.ledger().payoutsRecorded("ref-1")).isEqualTo(1);
        assertThat(sandbox.ledger().statusOf("ref-1")).contains("FAILURE");
    }

    @Test
    void inquiryAboutAPaidPayoutAnswersTheSameUtr() {
        GatewayResult initiated = sandbox.initiate(payout("ref-1", "NEFT", "20.00"));

        assertThat(sandbox.inquire("ref-1")).isEqualTo(initiated);
    }

    @Test
    void theFakeUtrIsStablePerReferenceAndDiffersBetweenReferences() {
        DummyGateway otherSandbox = SamplePayouts.sandboxWithoutTimeouts(clock);

        String first = utrOf(sandbox.initiate(payout("ref-1", "IMPS", "1.00")));
        String again = utrOf(otherSandbox.initiate(payout("ref-1", "IMPS", "1.00")));
        String second = utrOf(sandbox.initiate(payout("ref-2", "IMPS", "1.00")));

        assertThat(again).isEqualTo(first);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void rawResponseNamesStatusAndReferenceButNoPayeeDetails() {
        GatewayResult result = sandbox.initiate(payout("ref-1", "IMPS", "1.00"));

        assertThat(result.rawResponse())
                .startsWith("{").endsWith("}")
                .contains("\"status\":\"SUCCESS\"", "\"transactionRef\":\"ref-1\"")
                .doesNotContain(SamplePayouts.ACCOUNT.accountNumber(), SamplePayouts.ACCOUNT.name());
    }

    @Test
    void anInquiryAboutAReferenceNeverSentIsNotFound() {
        GatewayResult result = sandbox.inquire("never-sent");

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());
        assertThat(sandbox.ledger().statusOf("never-sent")).isEmpty();
        assertThat(sandbox.ledger().payoutsRecorded("never-sent")).isZero();
    }

    private static String utrOf(GatewayResult result) {
        assertThat(result).isInstanceOf(Succeeded.class);
        return ((Succeeded) result).gatewayRefId();
    }
}
