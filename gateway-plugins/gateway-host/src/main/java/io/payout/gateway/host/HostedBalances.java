package io.payout.gateway.host;

import io.payout.application.gateway.GatewayBalances;
import io.payout.application.gateway.MethodBalance;
import io.payout.domain.MethodId;
import io.payout.gateway.spi.Balance;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.PayoutGateway;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Asks the running gateways whose plugins offer {@link Capability#BALANCES} for their balances, all at once, each on
 * its own executor and awaited for at most its own timeout. A balance for rail {@code null} is every enabled method's
 * of that gateway; one for a rail not enabled is left out; one without an amount is left out, and one without a
 * time is as of the answer.
 */
final class HostedBalances {
    private HostedBalances() {
    }

    /** One gateway asked: its call in flight until the deadline, or why it was not asked. */
    private record Asked(HostedGateway gateway, Future<List<Balance>> answer, long deadlineNanos, String refusal) {
    }

    static List<GatewayBalances> ask(Collection<HostedGateway> gateways, Clock clock) {
        List<Asked> asked = new ArrayList<>();
        for (HostedGateway gateway : gateways) {
            if (gateway.offers(Capability.BALANCES)) {
                long deadline = System.nanoTime() + gateway.timeout().toNanos();
                try {
                    asked.add(new Asked(gateway, gateway.submit(PayoutGateway::balances), deadline, null));
                } catch (RejectedExecutionException e) {
                    asked.add(new Asked(gateway, null, deadline, "gateway busy: not asked"));
                }
            }
        }
        List<GatewayBalances> answers = new ArrayList<>(asked.size());
        for (Asked a : asked) {
            answers.add(a.refusal() != null ? GatewayBalances.failed(a.gateway().gatewayId(), a.refusal())
                    : await(a.gateway(), a.answer(), a.deadlineNanos(), clock));
        }
        return answers;
    }

    private static GatewayBalances await(HostedGateway gateway, Future<List<Balance>> answer, long deadlineNanos,
                                         Clock clock) {
        String id = gateway.gatewayId();
        try {
            List<Balance> balances = answer.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            return GatewayBalances.answered(id, toMethods(gateway, balances, clock.instant()));
        } catch (TimeoutException e) {
            gateway.stop(answer);
            return GatewayBalances.failed(id, "timeout after " + gateway.timeout().toMillis() + "ms");
        } catch (ExecutionException e) {
            return GatewayBalances.failed(id, "gateway error: " + e.getCause().getClass().getName());
        } catch (InterruptedException e) {
            gateway.stop(answer);
            Thread.currentThread().interrupt();
            return GatewayBalances.failed(id, "interrupted while waiting for gateway " + id);
        }
    }

    private static List<MethodBalance> toMethods(HostedGateway gateway, List<Balance> balances, Instant now) {
        List<MethodBalance> result = new ArrayList<>();
        if (balances == null) {
            return result;
        }
        for (Balance balance : balances) {
            if (balance == null || balance.amount() == null) {
                continue;
            }
            Instant asOf = balance.asOf() == null ? now : balance.asOf();
            for (MethodId method : gateway.methods()) {
                if (balance.rail() == null || balance.rail().equals(method.rail())) {
                    result.add(new MethodBalance(method, balance.amount(), asOf));
                }
            }
        }
        return result;
    }
}
