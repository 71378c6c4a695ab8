package io.payout.domain.attempt;

import io.payout.domain.Fulfillment;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionStatus;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Any history of gateway answers (success, every kind of failure, pending, timeouts, "not found", crashes, late
 * successes, reversals, cancels), under any retry policy, run through the real rules: every state on the way is
 * legal by {@link PayoutLaws}.
 */
class AttemptProperties {

    @Provide
    Arbitrary<GatewayScript> scripts() {
        return GatewayScripts.scripts();
    }

    @Property(tries = 400, edgeCases = EdgeCasesMode.NONE)
    void anyHistoryOfGatewayAnswersLeavesEveryStateLegal(@ForAll("scripts") GatewayScript script) {
        EngineSimulation engine = new EngineSimulation(script);
        Set<String> seen = new HashSet<>();
        for (GatewayScript.Event event : script.events()) {
            Order before = engine.order();
            OrderProgress progress = engine.apply(event);
            PayoutLaws.check(before, progress, script);
            progress.events().forEach(e -> seen.add(e.label() + " " + e.value()));
        }
        collectWhatWasReached(engine.order(), seen);
    }

    /** Makes the run fail if the generator stops reaching the interesting states (so the laws would be idle). */
    private static void collectWhatWasReached(Order order, Set<String> seen) {
        reached("reversal", seen.contains("FULFILLMENT_TXN " + TransactionStatus.REVERSED));
        reached("late success after failure", seen.contains("FULFILLMENT_TXN " + TransactionStatus.CONFLICTED));
        reached("manual review", seen.contains("FULFILLMENT_TXN " + TransactionStatus.MANUAL_REVIEW));
        reached("cancel", seen.contains("FULFILLMENT_ORDER CANCELLED"));
        reached("retry", order.fulfillments().stream().map(Fulfillment::transactions).anyMatch(l -> l.size() > 1));
        reached("paid", order.fulfillments().stream().anyMatch(f -> f.transactions().stream().anyMatch(Transaction::isPaid)));
    }

    private static void reached(String label, boolean value) {
        Statistics.label(label).collect(value).coverage(c -> c.check(true).count(n -> n > 0));
    }
}
