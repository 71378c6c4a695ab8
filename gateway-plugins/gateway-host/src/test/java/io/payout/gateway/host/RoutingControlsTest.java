package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.domain.MethodId;
import io.payout.domain.attempt.GatewayResult;
import io.payout.gateway.dummy.DummyGatewayPlugin;
import io.payout.gateway.spi.GatewayResult.Succeeded;
import io.payout.gateway.spi.GatewayResult.Unknown;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pausing and resuming gateways and methods, and the per-gateway circuit breaker. */
class RoutingControlsTest {
    private static final MethodId FLAKY_IMPS = new MethodId("FLAKY_IMPS");
    private static final MethodId FLAKY_NEFT = new MethodId("FLAKY_NEFT");
    private static final MethodId DUMMY_IMPS = new MethodId("DUMMY_IMPS");
    private static final Duration COOLDOWN = Duration.ofSeconds(60);
    private static final io.payout.gateway.spi.GatewayResult TIMEOUT = new Unknown("read timed out", false, null);
    private static final io.payout.gateway.spi.GatewayResult CLEAR = new Succeeded("gw-1", null);
    private static final io.payout.gateway.spi.GatewayResult NOT_FOUND = new Unknown("no such payout", true, null);

    private final AtomicReference<io.payout.gateway.spi.GatewayResult> answer = new AtomicReference<>(CLEAR);
    private final ScriptedPlugin flaky = new ScriptedPlugin("FLAKY", Set.of("IMPS", "NEFT"), ref -> answer.get());
    private final MovableClock clock = new MovableClock(Instant.parse("2030-01-01T10:00:00Z"));
    private final SamplePayouts payout = SamplePayouts.of("FLAKY_IMPS", "5.00");
    private final GatewayHost host = new GatewayHost(LoadedPlugins.of(flaky, new DummyGatewayPlugin()), List.of(
            GatewaySettings.enabled("FLAKY", Duration.ofSeconds(2), 2, Map.of()).withCircuitBreaker(3, COOLDOWN),
            GatewaySettings.enabled("DUMMY", Duration.ofSeconds(2), 2, Map.of("timeout-share", "0"))), clock);

    @AfterEach
    void close() {
        host.close();
    }

    private List<MethodId> flakyMethods() {
        return host.enabledMethods().stream().filter(m -> m.gateway().equals("FLAKY")).toList();
    }

    private GatewayStatus flakyStatus() {
        return host.status().get(0);
    }

    private void inquire(io.payout.gateway.spi.GatewayResult answered, int times) {
        answer.set(answered);
        for (int i = 0; i < times; i++) {
            host.inquire(payout.transaction());
        }
    }

    @Test
    void pausedMethodLeavesEnabledMethodsGetsNothingNewAndIsStillInquired() {
        assertThat(host.pause("FLAKY_IMPS")).isTrue();

        assertThat(host.enabledMethods()).doesNotContain(FLAKY_IMPS).contains(FLAKY_NEFT, DUMMY_IMPS);
        assertThat(host.isAvailable(FLAKY_IMPS)).isFalse();
        assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                .isEqualTo(new GatewayResult.NotSent("method FLAKY_IMPS is paused"));
        assertThat(flaky.instructions).isEmpty();
        assertThat(host.inquire(payout.transaction())).isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(flaky.inquiries).hasSize(1);
        assertThat(flakyStatus().pausedMethods()).containsExactly(FLAKY_IMPS);
        assertThat(flakyStatus().availableMethods()).containsExactly(FLAKY_NEFT);

        assertThat(host.resume("FLAKY_IMPS")).isTrue();
        assertThat(host.resume("FLAKY_IMPS")).isFalse();
        assertThat(flakyMethods()).containsExactlyInAnyOrder(FLAKY_IMPS, FLAKY_NEFT);
        assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                .isInstanceOf(GatewayResult.Succeeded.class);
    }

    @Test
    void pausedGatewayTakesAllItsMethodsOutUntilResumed() {
        host.pause("FLAKY");

        assertThat(host.enabledMethods()).isNotEmpty().allMatch(m -> m.gateway().equals("DUMMY"));
        assertThat(flakyStatus().gatewayPaused()).isTrue();
        assertThat(flakyStatus().pausedMethods()).containsExactlyInAnyOrder(FLAKY_IMPS, FLAKY_NEFT);
        assertThat(host.pause("FLAKY")).isFalse();

        host.resume("FLAKY");

        assertThat(flakyMethods()).containsExactlyInAnyOrder(FLAKY_IMPS, FLAKY_NEFT);
        assertThat(flakyStatus().gatewayPaused()).isFalse();
    }

    @Test
    void unknownNameIsRefusedNamingItAndChangesNothing() {
        List<MethodId> before = host.enabledMethods();

        for (String name : new String[] {"NOPE", "NOPE_IMPS", "FLAKY_UPI", "", "dummy"}) {
            assertThatThrownBy(() -> host.pause(name)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + name + "'");
            assertThatThrownBy(() -> host.resume(name)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'" + name + "'");
        }
        assertThat(host.enabledMethods()).isEqualTo(before);
    }

    @Test
    void circuitOpensAfterThresholdUnusableAnswersInARow() {
        inquire(TIMEOUT, 2);
        inquire(NOT_FOUND, 1);
        inquire(TIMEOUT, 2);
        assertThat(flakyStatus().circuitOpen()).as("a clear answer in between starts the count again").isFalse();

        answer.set(TIMEOUT);
        host.initiate(payout.fulfillment(), payout.transaction());

        assertThat(flakyStatus().circuitOpen()).isTrue();
        assertThat(flakyMethods()).isEmpty();
        assertThat(host.enabledMethods()).contains(DUMMY_IMPS);
    }

    @Test
    void openCircuitStaysOpenForTheCooldownWhileInquiriesGoOn() {
        inquire(TIMEOUT, 3);
        int instructions = flaky.instructions.size();
        clock.advance(COOLDOWN.minusSeconds(1));

        answer.set(CLEAR);
        assertThat(host.inquire(payout.transaction())).isInstanceOf(GatewayResult.Succeeded.class);
        assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                .isEqualTo(new GatewayResult.NotSent("method FLAKY_IMPS is paused"));

        assertThat(flaky.instructions).hasSize(instructions);
        assertThat(flakyMethods()).isEmpty();
        assertThat(flakyStatus().circuitOpen()).isTrue();
        assertThat(flakyStatus().availableMethods()).isEmpty();
    }

    @Test
    void afterTheCooldownAClearAnswerClosesTheCircuit() {
        inquire(TIMEOUT, 3);
        clock.advance(COOLDOWN);
        assertThat(flakyMethods()).as("half-open: back in rotation").hasSize(2);

        answer.set(CLEAR);
        assertThat(host.initiate(payout.fulfillment(), payout.transaction()))
                .isInstanceOf(GatewayResult.Succeeded.class);
        inquire(TIMEOUT, 2);

        assertThat(flakyStatus().circuitOpen()).as("closed: the count starts again").isFalse();
        assertThat(flakyMethods()).hasSize(2);
    }

    @Test
    void afterTheCooldownNotFoundIsClearToo() {
        inquire(TIMEOUT, 3);
        clock.advance(COOLDOWN);

        inquire(NOT_FOUND, 1);
        inquire(TIMEOUT, 1);

        assertThat(flakyStatus().circuitOpen()).isFalse();
    }

    @Test
    void afterTheCooldownOneUnusableAnswerReopensForAnotherCooldown() {
        inquire(TIMEOUT, 3);
        clock.advance(COOLDOWN);

        inquire(TIMEOUT, 1);

        assertThat(flakyStatus().circuitOpen()).isTrue();
        clock.advance(COOLDOWN.minusSeconds(1));
        assertThat(flakyMethods()).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(flakyMethods()).hasSize(2);
    }

    @Test
    void pausesAndAnswersOfTheHostItselfDoNotCountTowardsTheCircuit() {
        host.pause("FLAKY_IMPS");
        for (int i = 0; i < 5; i++) {
            host.initiate(payout.fulfillment(), payout.transaction());
        }

        assertThat(flakyStatus().circuitOpen()).isFalse();
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
