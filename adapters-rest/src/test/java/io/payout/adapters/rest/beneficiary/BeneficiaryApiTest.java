package io.payout.adapters.rest.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.domain.BeneId;
import io.payout.domain.CustomerId;
import io.payout.domain.MerchantId;
import io.payout.domain.MethodId;
import io.payout.domain.beneficiary.SavedBeneficiary;
import io.payout.domain.beneficiary.ValidationResult;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code POST /merchant/v2/benedetails} and {@code GET /merchant/v2/benedetails/{customerId}/{beneId}}. */
@ExtendWith(DropwizardExtensionsSupport.class)
class BeneficiaryApiTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    static final String PATH = "/payout/merchant/v2/benedetails";
    private static final String PASSWORD = "bene-hook-s3cret";
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = app().newMerchant("m-bene");
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }

    static ObjectNode upi(String beneId, String command) {
        return (ObjectNode) OrderJson.parse("""
                {"beneId": "%s", "customerId": "cust-1", "command": "%s",
                 "beneDetails": {"type": "UPI_ID", "details": {"name": "Ravi K", "vpa": "success@upi",
                                 "mobileNo": "9876543210"}}}""".formatted(beneId, command));
    }

    static ObjectNode account(String beneId) {
        return (ObjectNode) OrderJson.parse("""
                {"beneId": "%s", "customerId": "cust-1", "command": "CREATE",
                 "beneDetails": {"type": "ACCOUNT_IFSC", "details": {"name": "Asha Rao",
                                 "account": "026291800001191", "ifsc": "YESB0000262"}},
                 "email": "asha@example.com", "phone": "+919876543210",
                 "additionalInfo": {"webhookDetails": {"url": "https://acme.example/bene", "username": "acme",
                                    "password": "%s", "customHeader": {"X-Env": "test"}}},
                 "someFieldWeDoNotUse": 1}""".formatted(beneId, PASSWORD));
    }

    static ApiResponse post(String apiKey, String body) {
        return api.send(api.request(PATH).header("Authorization", ApiClient.basic(apiKey))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static ApiResponse get(String apiKey, String customerId, String beneId) {
        return api.send(api.request(PATH + "/" + customerId + "/" + beneId)
                .header("Authorization", ApiClient.basic(apiKey)).GET().build());
    }

    @Test
    void createSavesTheBeneficiaryAndShowsItCreatedWithoutItsWebhookPassword() {
        ApiResponse response = post(key, account("acct-1").toString());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode view = response.json();
        assertThat(view.get("uniqueId").asText()).matches("[0-9a-f]{30}");
        assertThat(view.get("beneId").asText()).isEqualTo("acct-1");
        assertThat(view.get("customerId").asText()).isEqualTo("cust-1");
        assertThat(view.get("status").asText()).isEqualTo("CREATED");
        assertThat(view.get("remark").asText()).isNotBlank();
        assertThat(view.get("nameAtBank").isNull()).isTrue();
        assertThat(view.get("fulfillmentMethod").isNull()).isTrue();
        assertThat(view.has("validateResp")).isFalse();
        assertThat(view.at("/beneDetails/type").asText()).isEqualTo("ACCOUNT_IFSC");
        assertThat(view.at("/beneDetails/details/account").asText()).isEqualTo("026291800001191");
        assertThat(view.at("/beneDetails/details/ifsc").asText()).isEqualTo("YESB0000262");
        assertThat(view.get("email").asText()).isEqualTo("asha@example.com");
        assertThat(view.get("phone").asText()).isEqualTo("+919876543210");
        assertThat(view.at("/additionalInfo/webhookDetails/url").asText()).isEqualTo("https://acme.example/bene");
        assertThat(view.at("/additionalInfo/webhookDetails/customHeader").asText()).isEqualTo("{\"X-Env\":\"test\"}");
        assertThat(response.body()).doesNotContain(PASSWORD).doesNotContain("password");
        assertThat(view.get("createdAt").asText()).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(get(key, "cust-1", "acct-1").json()).isEqualTo(view);
    }

    @Test
    void validateIsAnsweredPendingAndWakesTheValidation() {
        int before = app().validationWakeUps();

        ApiResponse response = post(key, upi("vpa-pending", "VALIDATE").toString());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("PENDING");
        assertThat(response.json().at("/beneDetails/details/vpa").asText()).isEqualTo("success@upi");
        assertThat(app().validationWakeUps()).isEqualTo(before + 1);
    }

    @Test
    void aValidatedBeneficiaryShowsTheAnswerInValidateResp() {
        post(key, upi("vpa-valid", "VALIDATE"));
        record("vpa-valid", new ValidationResult.Valid("RAVI KUMAR", new MethodId("DUMMY_UPI")));

        JsonNode view = get(key, "cust-1", "vpa-valid").json();

        assertThat(view.get("status").asText()).isEqualTo("VALID");
        assertThat(view.get("nameAtBank").asText()).isEqualTo("RAVI KUMAR");
        assertThat(view.get("fulfillmentMethod").asText()).isEqualTo("DUMMY_UPI");
        assertThat(view.at("/validateResp/status").asText()).isEqualTo("VALID");
        assertThat(view.at("/validateResp/accountStatus").asText()).isEqualTo("ACTIVE");
        assertThat(view.at("/validateResp/data/nameAtBank").asText()).isEqualTo("RAVI KUMAR");
    }

    @Test
    void anInvalidBeneficiaryShowsTheGatewaysReason() {
        post(key, upi("vpa-invalid", "VALIDATE"));
        record("vpa-invalid", new ValidationResult.Invalid("no such VPA", new MethodId("DUMMY_UPI")));

        JsonNode view = get(key, "cust-1", "vpa-invalid").json();

        assertThat(view.get("status").asText()).isEqualTo("INVALID");
        assertThat(view.at("/validateResp/message").asText()).isEqualTo("no such VPA");
        assertThat(view.at("/validateResp/accountStatus").asText()).isEqualTo("INVALID");
    }

    @Test
    void anIdenticalRepeatReturnsTheStoredBeneficiary() {
        JsonNode first = post(key, account("acct-repeat").toString()).json();

        ApiResponse repeat = post(key, account("acct-repeat").toString());

        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json()).isEqualTo(first);
    }

    @Test
    void theSameBeneIdWithAnotherBodyIsADuplicateBeneficiaryIdE05() {
        post(key, account("acct-dup"));

        ApiResponse response = post(key, account("acct-dup").put("phone", "+919999999999").toString());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E05");
        assertThat(response.errorMessage()).startsWith("duplicate beneficiary id");
        assertThat(get(key, "cust-1", "acct-dup").json().get("phone").asText()).isEqualTo("+919876543210");
    }

    static Stream<Arguments> refusals() {
        String details = "beneDetails.details";
        return Stream.of(
                arguments("beneId", null, "beneId: is required"),
                arguments("beneId", "\"has space\"", "beneId: must be 1 to 64 letters, digits"),
                arguments("beneId", quoted("b".repeat(65)), "beneId: must be 1 to 64"),
                arguments("customerId", null, "customerId: is required"),
                arguments("customerId", quoted("c".repeat(65)), "customerId: must be at most 64 characters"),
                arguments("command", null, "command: is required"),
                arguments("command", "\"CHECK\"", "command: must be one of CREATE, VALIDATE"),
                arguments("beneDetails", null, "beneDetails: is required"),
                arguments("beneDetails.type", "\"BENE_ID\"", "beneDetails.type: must be one of ACCOUNT_IFSC, UPI_ID"),
                arguments("beneDetails.type", "\"CARD\"", "beneDetails.type: must be one of ACCOUNT_IFSC, UPI_ID"),
                arguments("beneDetails.type", null, "beneDetails.type: is required"),
                arguments("beneDetails.details", null, "beneDetails.details: is required"),
                arguments(details + ".ifsc", "\"YESB000026\"", details + ".ifsc: must be an IFSC such as YESB0000262"),
                arguments(details + ".account", "\"12\"", details + ".account: must be 9 to 18 digits"),
                arguments(details + ".name", null, details + ".name: is required"),
                arguments("email", "\"not-an-email\"", "email: must be an e-mail address"),
                arguments("phone", "\"12\"", "phone: must be 6 to 15 digits"),
                arguments("additionalInfo.webhookDetails.url", "\"ftp://x.example\"",
                        "additionalInfo.webhookDetails.url: must be an absolute http or https URL"),
                arguments("additionalInfo.webhookDetails.customHeader", "[1]",
                        "additionalInfo.webhookDetails.customHeader: must be a JSON object"),
                arguments("additionalInfo.webhookDetails.username", "{}",
                        "additionalInfo.webhookDetails.username: must be a string"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("refusals")
    void aBrokenRuleIsRefusedWithE01NamingTheField(String path, String value, String expectedMessage) {
        JsonNode json = value == null ? null : OrderJson.parse(value);

        ApiResponse response = post(key, OrderJson.with(account("acct-rule"), path, json).toString());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).startsWith(expectedMessage);
        assertThat(get(key, "cust-1", "acct-rule").status()).as("nothing saved").isEqualTo(404);
    }

    @Test
    void aBodyThatIsNotAnObjectIsE01() {
        assertThat(post(key, "[]").errorCode()).isEqualTo("E01");
        assertThat(post(key, "{\"beneId\": ").errorCode()).isEqualTo("E01");
        assertThat(post(key, "").errorCode()).isEqualTo("E01");
    }

    @Test
    void anUnknownBeneficiaryIsE09AndSoIsAnotherMerchantsOrCustomers() {
        post(key, account("acct-private"));
        String other = app().newMerchant("m-bene-other");

        assertThat(get(key, "cust-1", "nobody").status()).isEqualTo(404);
        assertThat(get(key, "cust-1", "nobody").errorCode()).isEqualTo("E09");
        assertThat(get(other, "cust-1", "acct-private").status()).isEqualTo(404);
        assertThat(get(other, "cust-1", "acct-private").errorCode()).isEqualTo("E09");
        assertThat(get(key, "cust-2", "acct-private").status()).isEqualTo(404);
        assertThat(get(key, "cust-1", "acct-private").status()).isEqualTo(200);
    }

    @Test
    void aMalformedBeneIdInThePathIsE01() {
        ApiResponse response = get(key, "cust-1", "a%20b");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith("beneId:");
    }

    @Test
    void withoutAKeyItIsE04() {
        ApiResponse response = api.send(api.request(PATH + "/cust-1/x").GET().build());

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.errorCode()).isEqualTo("E04");
    }

    /** Records {@code result} as the only answer to the beneficiary's validation, as the validation would. */
    private static void record(String beneId, ValidationResult result) {
        var store = app().beneficiaries();
        SavedBeneficiary pending = store.findBeneficiary(new MerchantId("m-bene"), new CustomerId("cust-1"),
                new BeneId(beneId)).orElseThrow();
        store.claimDueValidations("test", app().clock().instant(), app().clock().instant().plusSeconds(60), 100);
        SavedBeneficiary after = pending.recordValidation(result, 1, app().clock().instant());
        assertThat(store.saveValidationOutcome("test", after, List.of())).isTrue();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static ApiResponse post(String apiKey, ObjectNode body) {
        return post(apiKey, body.toString());
    }
}
