package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule on a create request: one field changed in a valid body gives 400 E01 naming that field. */
@ExtendWith(DropwizardExtensionsSupport.class)
class CreateOrderValidationTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String BANK = "fulfillments[0].beneficiaryDetails";
    private static final String INFO = "fulfillments[0].additionalInfo";
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-validation");
    }

    static Stream<Arguments> refusals() {
        return Stream.of(
                arguments("orderId", "\"abc\"", "orderId: must be 4 to 64 letters, digits, '_', '-' or '@'"),
                arguments("orderId", "\"has space\"", "orderId: must be 4 to 64"),
                arguments("orderId", null, "orderId: is required"),
                arguments("amount", "0", "amount: must be at least 1.00"),
                arguments("amount", "-10.50", "amount: must not be negative"),
                arguments("amount", "10.505", "amount: must have at most 2 decimals"),
                arguments("amount", "0.99", "amount: must be at least 1.00"),
                arguments("amount", "11.50", "amount: must equal the sum of the fulfillment amounts"),
                arguments("amount", null, "amount: is required"),
                arguments("fulfillments[0].amount", "0.50", "fulfillments[0].amount: must be at least 1.00"),
                arguments("fulfillments[1].amount", "\"3.505\"", "fulfillments[1].amount: must have at most 2 decimals"),
                arguments("fulfillments", "[]", "fulfillments: must contain at least one fulfillment"),
                arguments("fulfillments", null, "fulfillments: must contain at least one fulfillment"),
                arguments(BANK + ".details.ifsc", "\"YESB000026\"",
                        BANK + ".details.ifsc: must be an IFSC such as YESB0000262"),
                arguments(BANK + ".details.ifsc", "\"yesb0000262\"", BANK + ".details.ifsc: must be an IFSC"),
                arguments(BANK + ".details.account", "\"12345678\"", BANK + ".details.account: must be 9 to 18 digits"),
                arguments(BANK + ".details.account", "\"1234567890123456789\"", BANK + ".details.account: must be 9 to 18 digits"),
                arguments(BANK + ".details.account", "\"12345678901X\"", BANK + ".details.account: must be 9 to 18 digits"),
                arguments(BANK + ".details.name", null, BANK + ".details.name: is required"),
                arguments("fulfillments[1].beneficiaryDetails.details.vpa", "\"success.upi\"",
                        "fulfillments[1].beneficiaryDetails.details.vpa: must be a VPA such as name@bank"),
                arguments("fulfillments[1].beneficiaryDetails.details.mobileNo", "\"12345\"",
                        "fulfillments[1].beneficiaryDetails.details.mobileNo: must be 10 digits"),
                arguments("fulfillments[0].preferredMethodList[1]", "\"dummy_imps\"",
                        "fulfillments[0].preferredMethodList[1]: must be a method id such as DUMMY_IMPS"),
                arguments("fulfillments[0].preferredMethodList[0]", "\"IMPS\"", "fulfillments[0].preferredMethodList[0]: must be a method id"),
                arguments("udf1", quoted("x".repeat(256)), "udf1: must be at most 255 characters"),
                arguments("fulfillments[0].udf5", quoted("x".repeat(256)), "fulfillments[0].udf5: must be at most 255 characters"),
                arguments(INFO + ".scheduleTime", "\"tomorrow\"", INFO + ".scheduleTime: must be an ISO-8601 date-time"),
                arguments(INFO + ".scheduleTime", "\"2030-01-01T00:00:00\"", INFO + ".scheduleTime: must be an ISO-8601 date-time"),
                arguments(INFO + ".attemptThreshold", "0", INFO + ".attemptThreshold: must be a number of minutes"),
                arguments(INFO + ".useThisAsTR", "\"has space\"", INFO + ".useThisAsTR: must be 1 to 64"),
                arguments(INFO + ".remark", quoted("r".repeat(256)), INFO + ".remark: must be at most 255 characters"),
                arguments(INFO + ".webhookDetails.url", "\"ftp://merchant.example\"",
                        INFO + ".webhookDetails.url: must be an absolute http or https URL"),
                arguments(INFO + ".webhookDetails.customHeader", "\"not json\"",
                        INFO + ".webhookDetails.customHeader: must be a JSON object of header names to string values"),
                arguments(INFO + ".webhookDetails.customHeader", "{\"x-n\": 1}", INFO + ".webhookDetails.customHeader: must be a JSON object"),
                arguments("customerId", null, "customerId: is required"),
                arguments("customerId", quoted("c".repeat(65)), "customerId: must be at most 64 characters"),
                arguments("customerPhone", "\"12\"", "customerPhone: must be 6 to 15 digits"),
                arguments("customerEmail", "\"not-an-email\"", "customerEmail: must be an e-mail address"),
                arguments("type", "\"FULFIL_ONLY\"", "type: must be one of FULFILL_ONLY, PAY_AND_FULFILL"),
                arguments("refundOnFailure", "true", "refundOnFailure: applies only to PAY_AND_FULFILL orders"),
                arguments("refundOnFailure", "false", "refundOnFailure: applies only to PAY_AND_FULFILL orders"),
                arguments(BANK + ".type", "\"IFSC\"",
                        BANK + ".type: must be one of ACCOUNT_IFSC, UPI_ID, BENE_ID, CARD, WALLET, PAYOUT_LINK"),
                arguments(BANK + ".type", null, BANK + ".type: is required"),
                arguments(BANK + ".type", "\"BENE_ID\"", BANK + ".details.id: is required"),
                arguments(BANK + ".details", "{\"id\": \"bene 1\"}", BANK + ".details.name: is required"),
                arguments(BANK + ".type", "\"CARD\"", BANK + ".type: CARD is not supported yet"),
                arguments(BANK + ".type", "\"WALLET\"", BANK + ".type: WALLET is not supported yet"),
                arguments(BANK + ".type", "\"PAYOUT_LINK\"", BANK + ".type: PAYOUT_LINK is not supported yet"),
                arguments(BANK, null, BANK + ": is required"),
                arguments(BANK + ".details", null, BANK + ".details: is required"),
                arguments("fulfillments[1]", "null", "fulfillments[1]: must be an object"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("refusals")
    void aBrokenRuleIsRefusedWithE01NamingTheField(String path, String value, String expectedMessage) {
        JsonNode json = value == null ? null : OrderJson.parse(value);

        ApiResponse response = api.createOrder(key, OrderJson.with(OrderJson.full("ord-rule"), path, json).toString());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).startsWith(expectedMessage);
        assertThat(response.json().path("error").asBoolean()).isTrue();
        assertThat(response.json().path("userMessage").asText()).isNotBlank();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }
}
