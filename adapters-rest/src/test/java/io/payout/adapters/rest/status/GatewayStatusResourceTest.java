package io.payout.adapters.rest.status;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.StatusPayoutApplication;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.application.gateway.GatewayBalances;
import io.payout.application.gateway.MethodBalance;
import io.payout.application.gateway.MethodOutage;
import io.payout.application.gateway.OutageStatus;
import io.payout.domain.MethodId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Juspay's balance and outage APIs on the real queries, over gateways the test scripts. */
@ExtendWith(DropwizardExtensionsSupport.class)
class GatewayStatusResourceTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            StatusPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final Instant AS_OF = Instant.parse("2024-01-15T09:59:58.750Z");
    private ApiClient api;
    private String key;

    @BeforeEach
    void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = app().newMerchant("m-status-" + System.nanoTime());
    }

    @AfterEach
    void clearGateways() {
        app().gatewayBalances().clear();
        app().outages().clear();
    }

    private ApiResponse get(String path, String apiKey) {
        var request = api.request("/payout/merchant/v1/" + path).GET();
        return api.send((apiKey == null ? request : request.header("Authorization", ApiClient.basic(apiKey))).build());
    }

    private static MethodBalance balance(String method, String amount) {
        return new MethodBalance(new MethodId(method), new BigDecimal(amount), AS_OF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"getways/balance", "balances"})
    void balancesAreAMapKeyedByMethodWithTheBalanceAsAString(String path) {
        app().gatewayBalances().add(GatewayBalances.answered("DUMMY", List.of(
                balance("DUMMY_IMPS", "9999999989"), balance("DUMMY_UPI", "12.5"))));

        ApiResponse response = get(path, key);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode balances = response.json();
        assertThat(balances.fieldNames()).toIterable().containsExactly("DUMMY_IMPS", "DUMMY_UPI");
        assertThat(balances.path("DUMMY_IMPS").fieldNames()).toIterable().containsExactly("lastUpdated", "balance");
        assertThat(balances.path("DUMMY_IMPS").path("balance").isTextual()).isTrue();
        assertThat(balances.path("DUMMY_IMPS").path("balance").asText()).isEqualTo("9999999989.00");
        assertThat(balances.path("DUMMY_UPI").path("balance").asText()).isEqualTo("12.50");
        assertThat(balances.path("DUMMY_UPI").path("lastUpdated").asText()).isEqualTo("2024-01-15T09:59:58Z");
    }

    @Test
    void withoutBalancesReportedTheMapIsEmpty() {
        app().gatewayBalances().add(GatewayBalances.answered("DUMMY", List.of()));

        ApiResponse response = get("balances", key);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{}");
    }

    @Test
    void outagesListDownAndFluctuatingMethodsAndNoBankData() {
        app().outages().add(new MethodOutage(new MethodId("DUMMY_IMPS"), OutageStatus.DOWN));
        app().outages().add(new MethodOutage(new MethodId("CASHFREE_UPI"), OutageStatus.FLUCTUATE));

        ApiResponse response = get("outage", key);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode outage = response.json();
        assertThat(outage.fieldNames()).toIterable().containsExactly("beneficiarySpecificData", "gatewaySpecificData");
        assertThat(outage.path("beneficiarySpecificData").isArray()).isTrue();
        assertThat(outage.path("beneficiarySpecificData")).isEmpty();
        JsonNode gateways = outage.path("gatewaySpecificData");
        assertThat(gateways).hasSize(2);
        assertThat(gateways.get(0).fieldNames()).toIterable().containsExactly("status", "mode", "gateway");
        assertThat(gateways.get(0).path("status").asText()).isEqualTo("DOWN");
        assertThat(gateways.get(0).path("mode").asText()).isEqualTo("IMPS");
        assertThat(gateways.get(0).path("gateway").asText()).isEqualTo("DUMMY");
        assertThat(gateways.get(1).path("status").asText()).isEqualTo("FLUCTUATE");
        assertThat(gateways.get(1).path("mode").asText()).isEqualTo("UPI");
        assertThat(gateways.get(1).path("gateway").asText()).isEqualTo("CASHFREE");
    }

    @Test
    void allHealthyIsAnEmptyGatewayList() {
        ApiResponse response = get("outage", key);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("gatewaySpecificData")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"getways/balance", "balances", "outage"})
    void withoutAnApiKeyItIs401(String path) {
        ApiResponse response = get(path, null);

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().path("error").asBoolean()).isTrue();
    }

    @Test
    void neighbouringPathsAreStill404E09() {
        ApiResponse response = get("getways/balances", key);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorCode()).isEqualTo("E09");
    }

    private static StatusPayoutApplication app() {
        return APP.getApplication();
    }
}
