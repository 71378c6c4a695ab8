package io.payout.gateway.dummy;

import static io.payout.gateway.dummy.SamplePayouts.START;
import static io.payout.gateway.dummy.SamplePayouts.payout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.payout.gateway.spi.Balance;
import io.payout.gateway.spi.Capability;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The sandbox account: its opening balance less what is paid or held for pending payouts. */
class BalancesTest {
    private final MutableClock clock = new MutableClock(START);

    private DummyGateway sandbox(String openingBalance) {
        DummySettings settings = DummySettings.fromConfiguration(Map.of(DummySettings.TIMEOUT_SHARE, "0",
                DummySettings.OPENING_BALANCE, openingBalance, DummySettings.DELAYED_FAILURE_AFTER_MS, "3000",
                DummySettings.REVERSAL_AFTER_MS, "3000"));
        return new DummyGateway(settings, clock, new Random(1));
    }

    private static BigDecimal balanceOf(DummyGateway sandbox) {
        List<Balance> balances = sandbox.balances();
        assertThat(balances).hasSize(1);
        assertThat(balances.get(0).rail()).as("one account for every rail").isNull();
        return balances.get(0).amount();
    }

    @Test
    void thePluginOffersBalances() {
        assertThat(new DummyGatewayPlugin().capabilities()).contains(Capability.BALANCES);
    }

    @Test
    void aNewSandboxHasJuspaysSampleBalanceAsOfNow() {
        DummyGateway sandbox = new DummyGateway(DummySettings.defaults().withTimeoutShare(0), clock, new Random(1));

        assertThat(sandbox.balances()).containsExactly(new Balance(null, new BigDecimal("9999999999.00"), START));
    }

    @Test
    void paidAndPendingPayoutsTakeTheirAmountAndFailedOnesNothing() {
        DummyGateway sandbox = sandbox("1000");

        sandbox.initiate(payout("ref-paid", "IMPS", "10.00"));
        sandbox.initiate(payout("ref-pending", "NEFT", "21.00"));
        sandbox.initiate(payout("ref-failed", "IMPS", "30.00"));
        sandbox.initiate(payout("ref-paid", "IMPS", "10.00"));

        assertThat(balanceOf(sandbox)).isEqualByComparingTo("969.00");
        assertThat(balanceOf(sandbox).scale()).isEqualTo(2);
    }

    @Test
    void aReversedOrLaterFailedPayoutGivesItsMoneyBack() {
        DummyGateway sandbox = sandbox("1000.00");
        sandbox.initiate(payout("ref-reversed", "IMPS", "98.00"));
        sandbox.initiate(payout("ref-late-failure", "IMPS", "28.00"));
        assertThat(balanceOf(sandbox)).isEqualByComparingTo("874.00");

        clock.advance(Duration.ofSeconds(3));

        assertThat(balanceOf(sandbox)).isEqualByComparingTo("1000.00");
        assertThat(sandbox.balances().get(0).asOf()).isEqualTo(START.plusSeconds(3));
    }

    @Test
    void anOpeningBalanceMustBeAnAmountOfZeroOrMore() {
        for (String bad : new String[] {"-1", "12.345", "lots"}) {
            assertThatIllegalArgumentException().isThrownBy(() -> DummySettings.fromConfiguration(
                    Map.of(DummySettings.OPENING_BALANCE, bad))).withMessageContaining("opening-balance");
        }
        assertThat(DummySettings.fromConfiguration(Map.of(DummySettings.OPENING_BALANCE, "250.5")).openingBalance())
                .isEqualTo(new BigDecimal("250.50"));
        assertThat(new DummySettings(0, Duration.ZERO, Duration.ZERO, Duration.ZERO, OptionalLong.empty())
                .openingBalance()).isEqualTo(DummySettings.DEFAULT_OPENING_BALANCE);
    }
}
