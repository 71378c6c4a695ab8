package io.payout.app;

import static io.payout.app.CallbackChecks.assertSignedWith;
import static io.payout.app.CallbackChecks.basicAuth;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.callback.WebhookSigner;
import io.payout.app.CallbackReceiver.Received;
import io.payout.domain.WebhookTarget;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Beneficiaries through the whole application on H2, validated by the DUMMY sandbox (which waits 1.5 s before each
 * answer here, so that a fresh VALIDATE is seen PENDING): the status API, the signed {@code VALIDATION_V2} callbacks
 * at a real receiver, and orders paying a saved beneficiary by its {@code beneId}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BeneficiaryEndToEndTest {
    private static final Duration VALIDATION = Duration.ofSeconds(20);
    private static final Duration PAYOUT = Duration.ofSeconds(30);
    private static final String BENEDETAILS = "/payout/merchant/v2/benedetails";
    private static final String URL = CallbackApps.h2Url("beneficiaries");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL,
            ConfigOverride.config("gateways.configured[0].settings.latency-ms", "1500"));

    private static Persistence sideDoor;
    private CallbackReceiver receiver;
    private HttpApi api;

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        sideDoor.close();
    }

    @BeforeEach
    void startReceiver() {
        receiver = CallbackReceiver.start();
        api = new HttpApi(APP.getLocalPort());
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    private CallbackMerchant merchant() {
        return CallbackMerchant.create(sideDoor, api)
                .subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null));
    }

    private static String vpa(String beneId, String vpa, String extra) {
        return """
                {"beneId": "%s", "customerId": "cust-1", "command": "VALIDATE",
                 "beneDetails": {"type": "UPI_ID", "details": {"name": "Ravi K", "vpa": "%s"}}%s}"""
                .formatted(beneId, vpa, extra);
    }

    private JsonNode save(CallbackMerchant merchant, String body) {
        HttpResponse<String> saved = api.post(BENEDETAILS, merchant.apiKey(), body);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        return CallbackMerchant.json(saved.body());
    }

    private HttpResponse<String> get(CallbackMerchant merchant, String beneId) {
        return api.get(BENEDETAILS + "/cust-1/" + beneId, merchant.apiKey());
    }

    private JsonNode awaitStatus(CallbackMerchant merchant, String beneId, String status) throws Exception {
        return Eventually.await("beneficiary " + beneId + " " + status, VALIDATION,
                () -> CallbackMerchant.json(get(merchant, beneId).body()),
                b -> b.path("status").asText().equals(status));
    }

    private static String order(String orderId, String beneId, String amount) {
        return """
                {"orderId": "%s", "amount": %s, "customerId": "cust-1",
                 "fulfillments": [{"amount": %s, "preferredMethodList": ["DUMMY_UPI"],
                   "beneficiaryDetails": {"type": "BENE_ID", "details": {"id": "%s"}}}]}"""
                .formatted(orderId, amount, amount, beneId);
    }

    @Test
    void aValidatedVpaIsPendingThenValidWithASignedValidationV2CallbackShowingTheBeneficiary() throws Exception {
        CallbackMerchant merchant = merchant();

        JsonNode saved = save(merchant, vpa("vpa-ok", "success@upi", ""));
        String uniqueId = saved.get("uniqueId").asText();
        assertThat(saved.get("status").asText()).isEqualTo("PENDING");
        assertThat(CallbackMerchant.json(get(merchant, "vpa-ok").body()).get("status").asText())
                .as("DUMMY has not answered yet").isEqualTo("PENDING");

        JsonNode valid = awaitStatus(merchant, "vpa-ok", "VALID");
        assertThat(valid.get("uniqueId").asText()).isEqualTo(uniqueId);
        assertThat(valid.get("nameAtBank").asText()).isEqualTo("JUSPAY SANDBOX UPI USER");
        assertThat(valid.get("fulfillmentMethod").asText()).isEqualTo("DUMMY_UPI");
        assertThat(valid.at("/validateResp/status").asText()).isEqualTo("VALID");
        List<Received> callbacks = receiver.awaitOfOrder(uniqueId, "the VALIDATION_V2 callback", VALIDATION,
                r -> !r.isEmpty());
        assertThat(callbacks).hasSize(1);
        Received callback = callbacks.get(0);
        assertThat(callback.labelValue()).isEqualTo("VALIDATION_V2 VALID");
        assertThat(callback.id()).isEqualTo(uniqueId + "-c1");
        assertThat(callback.header(WebhookSigner.ID_HEADER)).isEqualTo(uniqueId + "-c1");
        assertThat(callback.path()).isEqualTo("/hooks");
        assertSignedWith(merchant.webhookSecret(), callback);
        assertThat(callback.json().get("info")).as("info is the beneficiary as GET shows it").isEqualTo(valid);
        assertThat(save(merchant, vpa("vpa-ok", "success@upi", ""))).as("a repeat shows it as it is now")
                .isEqualTo(valid);
    }

    @Test
    void anInvalidVpaEndsInvalidAndItsOwnWebhookDetailsGetTheCallback() throws Exception {
        CallbackMerchant merchant = merchant();
        String own = ", \"additionalInfo\": {\"webhookDetails\": {\"url\": \"" + receiver.url("/bene") + "\", "
                + "\"username\": \"bene-user\", \"password\": \"bene-pw\"}}";

        String uniqueId = save(merchant, vpa("vpa-bad", "invalid@upi", own)).get("uniqueId").asText();

        JsonNode invalid = awaitStatus(merchant, "vpa-bad", "INVALID");
        assertThat(invalid.at("/validateResp/accountStatus").asText()).isEqualTo("INVALID");
        assertThat(invalid.get("remark").asText()).startsWith("DUMMY_INVALID_VPA");
        Received callback = receiver.awaitOfOrder(uniqueId, "the VALIDATION_V2 callback", VALIDATION,
                r -> !r.isEmpty()).get(0);
        assertThat(callback.labelValue()).isEqualTo("VALIDATION_V2 INVALID");
        assertThat(callback.path()).isEqualTo("/bene");
        assertThat(callback.header("Authorization")).isEqualTo(basicAuth("bene-user", "bene-pw"));
        assertThat(callback.bodyText()).doesNotContain("bene-pw");
        assertSignedWith(merchant.webhookSecret(), callback);
    }

    @Test
    void aVpaThatNeverGetsAnAnswerIsTriedAgainThenEndsError() throws Exception {
        CallbackMerchant merchant = merchant();

        String uniqueId = save(merchant, vpa("vpa-silent", "error@upi", "")).get("uniqueId").asText();

        JsonNode retrying = Eventually.await("a first failed attempt", VALIDATION,
                () -> CallbackMerchant.json(get(merchant, "vpa-silent").body()),
                b -> b.path("remark").asText().startsWith("Validation attempt 1 failed"));
        assertThat(retrying.get("status").asText()).isEqualTo("PENDING");
        JsonNode error = awaitStatus(merchant, "vpa-silent", "ERROR");
        assertThat(error.get("remark").asText()).contains("after 2 attempts").contains("DUMMY_VALIDATION_ERROR");
        assertThat(receiver.awaitOfOrder(uniqueId, "the VALIDATION_V2 callback", VALIDATION, r -> !r.isEmpty())
                .get(0).labelValue()).isEqualTo("VALIDATION_V2 ERROR");
    }

    @Test
    void anOrderPayingTheValidBeneIdIsPaidAndTheInvalidOrAnUnknownOneIsRefusedWithoutAnOrder() throws Exception {
        CallbackMerchant merchant = merchant();
        save(merchant, vpa("pay-ok", "success@upi", ""));
        save(merchant, vpa("pay-bad", "invalid@upi", ""));
        awaitStatus(merchant, "pay-ok", "VALID");
        awaitStatus(merchant, "pay-bad", "INVALID");

        HttpResponse<String> created = api.post("/payout/merchant/v1/orders", merchant.apiKey(),
                order("bene-order-ok", "pay-ok", "5.00"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        JsonNode paid = merchant.awaitOrderStatus("bene-order-ok", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
        JsonNode fulfillment = paid.at("/fulfillments/0");
        assertThat(fulfillment.at("/beneficiaryDetails/type").asText()).isEqualTo("BENE_ID");
        assertThat(fulfillment.at("/beneficiaryDetails/details/id").asText()).isEqualTo("pay-ok");
        assertThat(fulfillment.at("/beneficiaryDetails/details/vpa").asText()).isEqualTo("success@upi");
        assertThat(fulfillment.at("/transactions/0/fulfillmentMethod").asText()).isEqualTo("DUMMY_UPI");

        for (String beneId : List.of("pay-bad", "nobody")) {
            String orderId = "bene-order-" + beneId;
            HttpResponse<String> refused = api.post("/payout/merchant/v1/orders", merchant.apiKey(),
                    order(orderId, beneId, "5.00"));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            JsonNode error = CallbackMerchant.json(refused.body());
            assertThat(error.get("errorCode").asText()).isEqualTo("E01");
            assertThat(error.get("errorMessage").asText())
                    .startsWith("fulfillments[0].beneficiaryDetails.details.id: ");
            assertThat(api.get("/payout/merchant/v1/orders/" + orderId, merchant.apiKey()).statusCode())
                    .as("no order %s", orderId).isEqualTo(404);
        }
    }

    @Test
    void anotherMerchantCannotReadTheBeneficiary() throws Exception {
        CallbackMerchant owner = merchant();
        save(owner, vpa("private-1", "success@upi", ""));
        CallbackMerchant other = merchant();

        HttpResponse<String> response = get(other, "private-1");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(CallbackMerchant.json(response.body()).get("errorCode").asText()).isEqualTo("E09");
        assertThat(get(owner, "private-1").statusCode()).isEqualTo(200);
    }

    @Test
    void theValidationLoopHasAHealthCheck() {
        HttpResponse<String> health = new HttpApi(APP.getAdminPort()).get("/healthcheck", null);

        assertThat(CallbackMerchant.json(health.body()).at("/beneficiaries/healthy").asBoolean()).as(health.body())
                .isTrue();
    }
}
