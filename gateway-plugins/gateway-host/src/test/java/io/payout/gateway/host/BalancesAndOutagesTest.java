package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.gateway.GatewayBalances;
import io.payout.application.gateway.MethodBalance;
import io.payout.application.gateway.MethodOutage;
import io.payout.application.gateway.OutageStatus;
import io.payout.domain.MethodId;
import io.payout.gateway.dummy.DummyGatewayPlugin;
import io.payout.gateway.spi.Balance;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Balances asked through the host, and the outage report built from pauses and circuit breakers. */
class BalancesAndOutagesTest {
    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    private static final Instant EARLIER = NOW.minusSeconds(30);
    private static final Duration COOLDOWN = Duration.ofSeconds(60);
    private static final GatewayResult TIMEOUT = new GatewayResult.Unknown("read timed out", false, null);

    private final MovableClock clock = new MovableClock(NOW);
    private final AtomicReference<Supplier<List<Balance>>> bankBalances = new AtomicReference<>(() -> List.of(
            new Balance("IMPS", new BigDecimal("500.00"), EARLIER), new Balance("RTGS", BigDecimal.TEN, EARLIER),
            new Balance("NEFT", null, EARLIER), new Balance("UPI", new BigDecimal("7.50"), null)));
    private final AtomicReference<GatewayResult> flakyAnswer = new AtomicReference<>(
            new GatewayResult.Succeeded("gw-1", null));
    private final ScriptedPlugin flaky = new ScriptedPlugin("FLAKY", Set.of("IMPS", "NEFT"), ref -> flakyAnswer.get());
    private GatewayHost host;

    private GatewayHost start(Duration bankTimeout) {
        host = new GatewayHost(LoadedPlugins.of(new BalancePlugin("BANK", Set.of("IMPS", "NEFT", "UPI"),
                () -> bankBalances.get().get()), flaky, new DummyGatewayPlugin()), List.of(
                GatewaySettings.enabled("BANK", bankTimeout, 2, Map.of()),
                GatewaySettings.enabled("FLAKY", Duration.ofSeconds(2), 2, Map.of()).withCircuitBreaker(4, COOLDOWN),
                GatewaySettings.enabled("DUMMY", Duration.ofSeconds(2), 2, Map.of("timeout-share", "0",
                        "opening-balance", "1000.00")).withRails(List.of("IMPS", "UPI"))), clock);
        return host;
    }

    @AfterEach
    void close() {
        if (host != null) {
            host.close();
        }
    }

    private static MethodBalance balance(String method, String amount, Instant asOf) {
        return new MethodBalance(new MethodId(method), new BigDecimal(amount), asOf);
    }

    @Test
    void gatewaysOfferingBalancesAnswerForTheirEnabledMethodsOnly() {
        start(Duration.ofSeconds(2));

        List<GatewayBalances> answers = host.balances();

        assertThat(answers).extracting(GatewayBalances::gatewayId).containsExactly("BANK", "DUMMY");
        assertThat(answers.get(0).balances()).containsExactly(balance("BANK_IMPS", "500.00", EARLIER),
                balance("BANK_UPI", "7.50", NOW));
        assertThat(answers.get(1).answered()).isTrue();
        assertThat(answers.get(1).balances()).extracting(MethodBalance::method)
                .containsExactly(new MethodId("DUMMY_IMPS"), new MethodId("DUMMY_UPI"));
        assertThat(answers.get(1).balances()).extracting(MethodBalance::amount)
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("1000.00"));
    }

    @Test
    void dummysBalanceGoesDownByWhatItPays() {
        start(Duration.ofSeconds(2));
        SamplePayouts payout = SamplePayouts.of("DUMMY_IMPS", "10.00");

        host.initiate(payout.fulfillment(), payout.transaction());

        assertThat(host.balances().get(1).balances()).extracting(MethodBalance::amount)
                .allSatisfy(amount -> assertThat(amount).isEqualByComparingTo("990.00"));
    }

    @Test
    void aGatewayThatFailsOrTimesOutIsReportedAsSuchAndTheOthersStillAnswer() {
        start(Duration.ofMillis(300));
        bankBalances.set(() -> {
            throw new IllegalStateException("balance API down");
        });
        assertThat(host.balances().get(0)).isEqualTo(GatewayBalances.failed("BANK",
                "gateway error: java.lang.IllegalStateException"));

        bankBalances.set(() -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of();
        });
        long started = System.nanoTime();
        List<GatewayBalances> answers = host.balances();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        assertThat(answers.get(0)).isEqualTo(GatewayBalances.failed("BANK", "timeout after 300ms"));
        assertThat(answers.get(1).answered()).isTrue();
    }

    @Test
    void healthyMethodsHaveNoOutage() {
        start(Duration.ofSeconds(2));

        assertThat(host.outages()).isEmpty();
    }

    @Test
    void pausedMethodsAndGatewaysAreDown() {
        start(Duration.ofSeconds(2));
        host.pause("DUMMY_UPI");
        host.pause("FLAKY");

        assertThat(host.outages()).containsExactly(down("FLAKY_IMPS"), down("FLAKY_NEFT"), down("DUMMY_UPI"));
    }

    @Test
    void aFailingGatewayFluctuatesItsOpenCircuitIsDownAndHalfOpenItFluctuatesUntilAClearAnswer() {
        start(Duration.ofSeconds(2));
        SamplePayouts payout = SamplePayouts.of("FLAKY_IMPS", "5.00");
        flakyAnswer.set(TIMEOUT);

        host.inquire(payout.transaction());
        assertThat(host.outages()).as("one unusable answer of a threshold of 4").isEmpty();
        host.inquire(payout.transaction());
        assertThat(host.outages()).containsExactly(fluctuating("FLAKY_IMPS"), fluctuating("FLAKY_NEFT"));
        host.inquire(payout.transaction());
        host.inquire(payout.transaction());
        assertThat(host.outages()).containsExactly(down("FLAKY_IMPS"), down("FLAKY_NEFT"));

        clock.advance(COOLDOWN);
        assertThat(host.outages()).containsExactly(fluctuating("FLAKY_IMPS"), fluctuating("FLAKY_NEFT"));

        flakyAnswer.set(new GatewayResult.Succeeded("gw-1", null));
        host.inquire(payout.transaction());
        assertThat(host.outages()).isEmpty();
    }

    private static MethodOutage down(String method) {
        return new MethodOutage(new MethodId(method), OutageStatus.DOWN);
    }

    private static MethodOutage fluctuating(String method) {
        return new MethodOutage(new MethodId(method), OutageStatus.FLUCTUATE);
    }

    /** A plugin offering balances, answered by {@code balances}; it pays nothing. */
    private record BalancePlugin(String gatewayId, Set<String> rails, Supplier<List<Balance>> balances)
            implements GatewayPlugin {
        @Override
        public int spiMajorVersion() {
            return io.payout.gateway.spi.SpiVersion.MAJOR;
        }

        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.BALANCES);
        }

        @Override
        public PayoutGateway create(Map<String, String> configuration) {
            return new PayoutGateway() {
                @Override
                public GatewayResult initiate(PayoutInstruction instruction) {
                    return new GatewayResult.Unknown("pays nothing", false, null);
                }

                @Override
                public GatewayResult inquire(String transactionRef) {
                    return new GatewayResult.Unknown("knows nothing", true, null);
                }

                @Override
                public List<Balance> balances() {
                    return balances.get();
                }
            };
        }
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
