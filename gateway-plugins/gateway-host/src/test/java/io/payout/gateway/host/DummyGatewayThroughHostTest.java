package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.MethodId;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The bundled DUMMY plugin, found on the class path, driven through the host's ports. */
class DummyGatewayThroughHostTest {
    private static final GatewaySettings DUMMY =
            GatewaySettings.enabled("DUMMY", Duration.ofSeconds(2), 4, Map.of("timeout-share", "0"));

    private GatewayHost host;

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    private GatewayHost hostWith(GatewaySettings settings) {
        host = new GatewayHost(new PluginLoader().load(Path.of("no-such-plugins-directory")), List.of(settings));
        return host;
    }

    @Test
    void enablesEveryDummyRailInOrder() {
        assertThat(hostWith(DUMMY).enabledMethods()).containsExactly(
                new MethodId("DUMMY_IMPS"), new MethodId("DUMMY_NEFT"), new MethodId("DUMMY_UPI"));
    }

    @Test
    void enablesOnlyTheConfiguredRailsInTheirOrder() {
        assertThat(hostWith(DUMMY.withRails(List.of("UPI", "IMPS"))).enabledMethods())
                .containsExactly(new MethodId("DUMMY_UPI"), new MethodId("DUMMY_IMPS"));
    }

    @Test
    void upiPayoutWithinTheLimitSucceedsAndInquiresAsSucceeded() {
        SamplePayouts payout = SamplePayouts.of("DUMMY_UPI", "5.00");
        hostWith(DUMMY);

        GatewayResult initiated = host.initiate(payout.fulfillment(), payout.transaction());
        GatewayResult inquired = host.inquire(payout.transaction());

        assertThat(initiated).isInstanceOfSatisfying(GatewayResult.Succeeded.class,
                succeeded -> assertThat(succeeded.gatewayRefId()).startsWith("DUMMY"));
        assertThat(inquired).isEqualTo(initiated);
        assertThat(initiated.rawResponse()).contains("\"status\":\"SUCCESS\"", payout.ref());
    }

    @Test
    void impsAboveTheLimitFailsWithTheSandboxCodeAndBusinessCategory() {
        SamplePayouts payout = SamplePayouts.of("DUMMY_IMPS", "15.00");

        GatewayResult result = hostWith(DUMMY).initiate(payout.fulfillment(), payout.transaction());

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("DUMMY_FAILED");
            assertThat(failed.category()).isEqualTo(FailureCategory.BUSINESS);
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.message()).isNotBlank();
        });
    }

    @Test
    void twentyOneIsPendingAndStaysPending() {
        SamplePayouts payout = SamplePayouts.of("DUMMY_NEFT", "21.00");
        hostWith(DUMMY);

        assertThat(host.initiate(payout.fulfillment(), payout.transaction())).isInstanceOf(GatewayResult.Pending.class);
        assertThat(host.inquire(payout.transaction())).isInstanceOf(GatewayResult.Pending.class);
    }

    @Test
    void twentyThreeIsUnknownAtInitiationThenNotFoundOnInquiry() {
        SamplePayouts payout = SamplePayouts.of("DUMMY_IMPS", "23.00");
        hostWith(DUMMY);

        GatewayResult initiated = host.initiate(payout.fulfillment(), payout.transaction());
        GatewayResult inquired = host.inquire(payout.transaction());

        assertThat(initiated).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isFalse());
        assertThat(inquired).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).isTrue());
    }

    @Test
    void methodOutsideTheEnabledRailsIsUnknownAndNotSent() {
        SamplePayouts payout = SamplePayouts.of("DUMMY_NEFT", "5.00");
        hostWith(DUMMY.withRails(List.of("UPI")));

        GatewayResult result = host.initiate(payout.fulfillment(), payout.transaction());

        assertThat(result).isEqualTo(GatewayResult.Unknown.because("method DUMMY_NEFT is not enabled"));
        assertThat(host.inquire(payout.transaction())).isInstanceOfSatisfying(GatewayResult.Unknown.class,
                unknown -> assertThat(unknown.notFound()).as("still asked about").isTrue());
    }

    @Test
    void methodOfAnUnconfiguredGatewayIsUnknown() {
        SamplePayouts payout = SamplePayouts.of("ACME_IMPS", "5.00");
        hostWith(DUMMY);

        assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                .isEqualTo(GatewayResult.Unknown.because("method ACME_IMPS is not enabled"));
        assertThat(host.inquire(payout.transaction()))
                .isEqualTo(GatewayResult.Unknown.because("method ACME_IMPS is not enabled"));
    }

    @Test
    void statusNamesTheGatewayAndItsMethods() {
        GatewayStatus status = hostWith(DUMMY.withRails(List.of("IMPS"))).status().get(0);

        assertThat(status.id()).isEqualTo("DUMMY");
        assertThat(status.version()).isNotBlank();
        assertThat(status.enabledMethods()).containsExactly(new MethodId("DUMMY_IMPS"));
        assertThat(status.inFlightCalls()).isZero();
        assertThat(status.timedOutCalls()).isZero();
    }
}
