package io.payout.domain.attempt;

import io.payout.domain.Money;
import java.math.BigDecimal;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Generators of {@link GatewayScript}s: small orders, any policy the API accepts (scaled down), any answers. */
final class GatewayScripts {
    private GatewayScripts() {
    }

    static Arbitrary<GatewayScript> scripts() {
        return Combinators.combine(fulfillment().list().ofMinSize(1).ofMaxSize(3), policies(), timings(),
                Arbitraries.integers().between(1, 3), event().list().ofMinSize(1).ofMaxSize(40))
                .as(GatewayScript::new);
    }

    static Arbitrary<Money> amounts() {
        return Arbitraries.bigDecimals().between(new BigDecimal("1.00"), new BigDecimal("100000.00")).ofScale(2)
                .edgeCases(c -> c.add(new BigDecimal("1.00"))).map(Money::new);
    }

    private static Arbitrary<GatewayScript.Fulfillment> fulfillment() {
        return Combinators.combine(amounts(), Arbitraries.of(Boolean.TRUE, Boolean.FALSE).injectNull(0.5),
                Arbitraries.integers().between(1, 240).injectNull(0.7)).as(GatewayScript.Fulfillment::new);
    }

    static Arbitrary<RetryPolicy> policies() {
        Arbitrary<RetryRule> rule = Combinators.combine(
                Arbitraries.of("E1", "E2", "INSUFFICIENT_BALANCE").list().uniqueElements().ofMaxSize(2),
                Arbitraries.of(FailureCategory.class).list().uniqueElements().ofMinSize(1).ofMaxSize(2),
                Arbitraries.of(RetryAction.class)).as(RetryRule::new);
        Arbitrary<Backoff> backoff = Combinators.combine(Arbitraries.integers().between(0, 120),
                Arbitraries.integers().between(1, 4), Arbitraries.integers().between(0, 600))
                .as((initial, multiplier, extra) -> new Backoff(Duration.ofSeconds(initial), multiplier,
                        Duration.ofSeconds(initial + extra)));
        Arbitrary<RetryAction> defaultAction = Arbitraries.frequency(Tuple.of(1, RetryAction.STOP),
                Tuple.of(2, RetryAction.RETRY_SAME_METHOD), Tuple.of(2, RetryAction.NEXT_METHOD));
        return Combinators.combine(Arbitraries.integers().between(1, 5), rule.list().ofMaxSize(2), defaultAction,
                backoff, minutes(1, 360), minutes(1, 180))
                .as(RetryPolicy::new);
    }

    /** Polls as in production, review every 1 to 60 minutes, settled transactions watched for 0 to 4 hours. */
    private static Arbitrary<EngineTimings> timings() {
        return Combinators.combine(minutes(1, 60), minutes(0, 240)).as((review, watch) -> new EngineTimings(
                Duration.ofSeconds(10), Duration.ofMinutes(10), review, watch));
    }

    private static Arbitrary<GatewayScript.Event> event() {
        Arbitrary<Duration> wait = Arbitraries.frequencyOf(Tuple.of(2, Arbitraries.longs().between(0, 60)),
                Tuple.of(2, Arbitraries.longs().between(60, 600)), Tuple.of(1, Arbitraries.longs().between(600, 4 * 3600)))
                .map(Duration::ofSeconds);
        Arbitrary<GatewayScript.Answer> answer = Arbitraries.frequency(
                Tuple.of(3, GatewayScript.Answer.SUCCEEDED), Tuple.of(8, GatewayScript.Answer.FAILED),
                Tuple.of(2, GatewayScript.Answer.PENDING), Tuple.of(2, GatewayScript.Answer.UNKNOWN),
                Tuple.of(1, GatewayScript.Answer.NOT_FOUND), Tuple.of(1, GatewayScript.Answer.NOT_SENT),
                Tuple.of(1, GatewayScript.Answer.CRASH_BEFORE_ANSWER),
                Tuple.of(1, GatewayScript.Answer.CANCEL));
        return Combinators.combine(Arbitraries.integers().between(0, 2), wait, answer,
                Arbitraries.of(FailureCategory.class).injectNull(0.1),
                Arbitraries.frequency(Tuple.of(3, true), Tuple.of(1, false)),
                Arbitraries.of("E1", "E2", "INSUFFICIENT_BALANCE").injectNull(0.2))
                .as(GatewayScript.Event::new);
    }

    private static Arbitrary<Duration> minutes(int min, int max) {
        return Arbitraries.integers().between(min, max).map(Duration::ofMinutes);
    }
}
