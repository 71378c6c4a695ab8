package io.payout.application.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.MutableClock;
import io.payout.application.gateway.port.GatewayBalancesPort;
import io.payout.domain.MethodId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetBalancesServiceTest {
    private static final Instant T0 = Instant.parse("2024-05-01T10:00:00Z");
    private static final MethodId DUMMY_IMPS = new MethodId("DUMMY_IMPS");
    private static final MethodId DUMMY_NEFT = new MethodId("DUMMY_NEFT");
    private static final MethodId OTHER_UPI = new MethodId("OTHER_UPI");

    /** Answers in turn what the test queued, one list of answers per request; counts the requests. */
    private static final class QueuedGateways implements GatewayBalancesPort {
        final Deque<List<GatewayBalances>> answers = new ArrayDeque<>();
        int requests;

        @Override
        public List<GatewayBalances> balances() {
            requests++;
            return answers.isEmpty() ? List.of() : answers.poll();
        }
    }

    private final QueuedGateways gateways = new QueuedGateways();
    private final MutableClock clock = new MutableClock(T0);
    private final GetBalancesService service = new GetBalancesService(gateways, Duration.ofSeconds(10), clock);

    private static MethodBalance balance(MethodId method, String amount, Instant asOf) {
        return new MethodBalance(method, new BigDecimal(amount), asOf);
    }

    @Test
    void everyReportedMethodIsShownByMethodId() {
        gateways.answers.add(List.of(
                GatewayBalances.answered("OTHER", List.of(balance(OTHER_UPI, "5.00", T0))),
                GatewayBalances.answered("DUMMY", List.of(balance(DUMMY_NEFT, "100.00", T0),
                        balance(DUMMY_IMPS, "100.00", T0)))));

        assertThat(service.balances()).containsExactly(balance(DUMMY_IMPS, "100.00", T0),
                balance(DUMMY_NEFT, "100.00", T0), balance(OTHER_UPI, "5.00", T0));
    }

    @Test
    void gatewaysAreAskedAtMostOnceInTheRefreshInterval() {
        gateways.answers.add(List.of(GatewayBalances.answered("DUMMY", List.of(balance(DUMMY_IMPS, "100.00", T0)))));
        gateways.answers.add(List.of(GatewayBalances.answered("DUMMY", List.of(balance(DUMMY_IMPS, "90.00",
                T0.plusSeconds(10))))));

        service.balances();
        clock.advance(Duration.ofSeconds(9));
        assertThat(service.balances()).containsExactly(balance(DUMMY_IMPS, "100.00", T0));
        assertThat(gateways.requests).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(service.balances()).containsExactly(balance(DUMMY_IMPS, "90.00", T0.plusSeconds(10)));
        assertThat(gateways.requests).isEqualTo(2);
    }

    @Test
    void aGatewayThatFailsKeepsItsLastKnownBalancesWithTheirOlderTime() {
        gateways.answers.add(List.of(
                GatewayBalances.answered("DUMMY", List.of(balance(DUMMY_IMPS, "100.00", T0))),
                GatewayBalances.answered("OTHER", List.of(balance(OTHER_UPI, "5.00", T0)))));
        gateways.answers.add(List.of(
                GatewayBalances.failed("DUMMY", "timeout after 5000ms"),
                GatewayBalances.answered("OTHER", List.of(balance(OTHER_UPI, "4.00", T0.plusSeconds(60))))));
        service.balances();
        clock.advance(Duration.ofMinutes(1));

        assertThat(service.balances()).containsExactly(balance(DUMMY_IMPS, "100.00", T0),
                balance(OTHER_UPI, "4.00", T0.plusSeconds(60)));
    }

    @Test
    void aGatewayNeverHeardFromHasNoEntryAndAMethodNoLongerReportedIsDropped() {
        gateways.answers.add(List.of(GatewayBalances.failed("DUMMY", "gateway error"),
                GatewayBalances.answered("OTHER", List.of(balance(OTHER_UPI, "5.00", T0)))));
        gateways.answers.add(List.of(GatewayBalances.answered("OTHER", List.of())));

        assertThat(service.balances()).containsExactly(balance(OTHER_UPI, "5.00", T0));
        clock.advance(Duration.ofMinutes(1));
        assertThat(service.balances()).isEmpty();
    }
}
