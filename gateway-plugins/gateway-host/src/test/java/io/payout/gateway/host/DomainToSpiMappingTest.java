package io.payout.gateway.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What a plugin is sent, and how its answers come back to the engine. */
class DomainToSpiMappingTest {
    private static final io.payout.gateway.spi.GatewayResult OK =
            new io.payout.gateway.spi.GatewayResult.Succeeded("ok", null);

    @Test
    void bankAccountPayoutIsSentWithItsReferenceRailAmountAccountAndRemark() {
        ScriptedPlugin acme = new ScriptedPlugin("ACME", Set.of("IMPS", "UPI"), ref -> OK);
        SamplePayouts payout = SamplePayouts.to(SamplePayouts.ACCOUNT, "ACME_IMPS", "7.5", "salary for May");

        try (GatewayHost host = hostOf(acme)) {
            host.initiate(payout.fulfillment(), payout.transaction());
        }

        assertThat(acme.instructions).containsExactly(new PayoutInstruction(payout.ref(), "IMPS",
                new BigDecimal("7.50"), new Payee.BankAccount("Asha Rao", "026291800001191", "YESB0000262"),
                "salary for May"));
    }

    @Test
    void upiPayoutIsSentToTheVpaWithoutANarrationWhenThereIsNoRemark() {
        ScriptedPlugin acme = new ScriptedPlugin("ACME", Set.of("IMPS", "UPI"), ref -> OK);
        SamplePayouts payout = SamplePayouts.to(SamplePayouts.VPA, "ACME_UPI", "3", null);

        try (GatewayHost host = hostOf(acme)) {
            host.initiate(payout.fulfillment(), payout.transaction());
            host.inquire(payout.transaction());
        }

        assertThat(acme.instructions).containsExactly(new PayoutInstruction(payout.ref(), "UPI",
                new BigDecimal("3.00"), new Payee.Vpa("Ravi K", "success@upi", "9876543210"), null));
        assertThat(acme.inquiries).containsExactly(payout.ref());
    }

    @Test
    void answersMapOneToOne() {
        assertThat(ResultMapper.toDomain(new io.payout.gateway.spi.GatewayResult.Succeeded("UTR1", "{s}")))
                .isEqualTo(new GatewayResult.Succeeded("UTR1", "{s}"));
        assertThat(ResultMapper.toDomain(new io.payout.gateway.spi.GatewayResult.Pending("G2", "{p}")))
                .isEqualTo(new GatewayResult.Pending("G2", "{p}"));
        assertThat(ResultMapper.toDomain(new io.payout.gateway.spi.GatewayResult.Unknown("5xx", true, "{u}")))
                .isEqualTo(new GatewayResult.Unknown("5xx", true, "{u}"));
        assertThat(ResultMapper.toDomain(null)).isEqualTo(GatewayResult.Unknown.because("gateway error: no answer"));
    }

    @ParameterizedTest
    @EnumSource(io.payout.gateway.spi.FailureCategory.class)
    void failureKeepsItsCodeMessageRetryabilityAndCategoryByName(io.payout.gateway.spi.FailureCategory category) {
        GatewayResult mapped = ResultMapper.toDomain(
                new io.payout.gateway.spi.GatewayResult.Failed("C1", "no", category, true, "{f}"));

        assertThat(mapped).isEqualTo(
                new GatewayResult.Failed("C1", "no", FailureCategory.valueOf(category.name()), true, "{f}"));
    }

    private static GatewayHost hostOf(ScriptedPlugin plugin) {
        return new GatewayHost(LoadedPlugins.of(plugin),
                List.of(GatewaySettings.enabled(plugin.gatewayId(), Duration.ofSeconds(1), 1, Map.of())));
    }
}
