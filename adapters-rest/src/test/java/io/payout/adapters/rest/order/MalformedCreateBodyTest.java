package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

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

/** Bodies that are not JSON, not an object, of the wrong types or hostile: 400 E01, never a 500. */
@ExtendWith(DropwizardExtensionsSupport.class)
class MalformedCreateBodyTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-malformed");
    }

    static Stream<Arguments> bodies() {
        String valid = OrderJson.full("ord-malformed").toString();
        return Stream.of(
                arguments("truncated", "{\"orderId\": ", "request body is not valid JSON"),
                arguments("trailing comma", "{\"orderId\": \"ord-1\",}", "request body is not valid JSON"),
                arguments("not JSON", "orderId=ord-1", "request body is not valid JSON"),
                arguments("array", "[]", "request body must be a JSON object"),
                arguments("string", "\"order\"", "request body must be a JSON object"),
                arguments("number", "42", "request body must be a JSON object"),
                arguments("empty", "", "request body must be a JSON object"),
                arguments("null", "null", "request body must be a JSON object"),
                arguments("a field twice", valid.replace("\"udf1\":\"u1\"", "\"amount\":1000,\"udf1\":\"u1\""),
                        "request body has a duplicate field 'amount'"),
                arguments("1000 digits and more", valid.replace("\"amount\":10.50", "\"amount\":" + "1".repeat(2000)),
                        "request body: exceeds the limits of this API"),
                arguments("deep nesting in an ignored field", valid.replaceFirst("\\{",
                        "{\"deep\": " + "[".repeat(5000) + "]".repeat(5000) + ","), "request body: exceeds the limits"),
                arguments("deep nesting in customHeader", valid.replace("{\"x-tenant\":\"t1\"}",
                        "{\"a\":".repeat(100) + "1" + "}".repeat(100)),
                        "fulfillments[0].additionalInfo.webhookDetails.customHeader: exceeds the limits of this API"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void anUnreadableBodyIsRefusedWithE01(String what, String body, String expectedMessage) {
        ApiResponse response = api.createOrder(key, body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).startsWith(expectedMessage);
    }

    static Stream<Arguments> wrongTypes() {
        return Stream.of(
                arguments("amount", "{\"value\": 10}", "amount: must be a number"),
                arguments("amount", "true", "amount: must be a number"),
                arguments("amount", "\"ten\"", "amount: must be a number"),
                arguments("amount", "1e400", "amount: is too large"),
                arguments("amount", "1e-400", "amount: must have at most 2 decimals"),
                arguments("amount", "\"1e999999999\"", "amount: is too large"),
                arguments("amount", "1e2147483647", "amount: is too large"),
                arguments("amount", "\"1e-2147483647\"", "amount: must have at most 2 decimals"),
                arguments("amount", "1" + "0".repeat(99), "amount: is too large"),
                arguments("fulfillments[0].amount", "[7]", "fulfillments[0].amount: must be a number"),
                arguments("fulfillments", "{}", "fulfillments: must be an array"),
                arguments("fulfillments[0]", "\"x\"", "fulfillments[0]: must be an object"),
                arguments("customerEmail", "{\"x\": 1}", "customerEmail: must be a string"),
                arguments("fulfillments[0].preferredMethodList", "\"DUMMY_IMPS\"",
                        "fulfillments[0].preferredMethodList: must be an array"),
                arguments("fulfillments[0].preferredMethodList[0]", "{}",
                        "fulfillments[0].preferredMethodList[0]: must be a string"),
                arguments("fulfillments[0].beneficiaryDetails", "\"ACCOUNT_IFSC\"",
                        "fulfillments[0].beneficiaryDetails: must be an object"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "25.5",
                        "fulfillments[0].additionalInfo.attemptThreshold: must be a whole number"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "100000000000000000000",
                        "fulfillments[0].additionalInfo.attemptThreshold: is out of range"),
                arguments("fulfillments[0].additionalInfo.isRetriable", "\"maybe\"",
                        "fulfillments[0].additionalInfo.isRetriable: must be true or false"),
                arguments("refundOnFailure", "\"true\"", "refundOnFailure: must be true or false"),
                arguments("refundOnFailure", "\"yes\"", "refundOnFailure: must be true or false"),
                arguments("refundOnFailure", "1", "refundOnFailure: must be true or false"),
                arguments("refundOnFailure", "0.0", "refundOnFailure: must be true or false"),
                arguments("refundOnFailure", "[true]", "refundOnFailure: must be true or false"),
                arguments("refundOnFailure", "{\"value\": true}", "refundOnFailure: must be true or false"));
    }

    /** Coercions Jackson would make by default, each of which changes what was sent or hides a client's bug. */
    static Stream<Arguments> coercions() {
        return Stream.of(
                arguments("customerId", "7", "customerId: must be a string"),
                arguments("customerId", "7.5", "customerId: must be a string"),
                arguments("customerId", "true", "customerId: must be a string"),
                arguments("orderId", "12345678", "orderId: must be a string"),
                arguments("udf1", "false", "udf1: must be a string"),
                arguments("customerPhone", "9876543210", "customerPhone: must be a string"),
                arguments("fulfillments[0].beneficiaryDetails.details.account", "26291800001191",
                        "fulfillments[0].beneficiaryDetails.details.account: must be a string"),
                arguments("fulfillments[0].beneficiaryDetails.type", "1",
                        "fulfillments[0].beneficiaryDetails.type: must be a string"),
                arguments("fulfillments[0].preferredMethodList[0]", "7",
                        "fulfillments[0].preferredMethodList[0]: must be a string"),
                arguments("fulfillments[0].additionalInfo.webhookDetails.password", "1234",
                        "fulfillments[0].additionalInfo.webhookDetails.password: must be a string"),
                arguments("fulfillments[0].additionalInfo.isRetriable", "1",
                        "fulfillments[0].additionalInfo.isRetriable: must be true or false"),
                arguments("fulfillments[0].additionalInfo.isRetriable", "0",
                        "fulfillments[0].additionalInfo.isRetriable: must be true or false"),
                arguments("fulfillments[0].additionalInfo.isRetriable", "\"true\"",
                        "fulfillments[0].additionalInfo.isRetriable: must be true or false"),
                arguments("fulfillments[0].additionalInfo.isRetriable", "\"\"",
                        "fulfillments[0].additionalInfo.isRetriable: must be true or false"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "25.0",
                        "fulfillments[0].additionalInfo.attemptThreshold: must be a whole number"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "\"25.5\"",
                        "fulfillments[0].additionalInfo.attemptThreshold: must be a whole number"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "\"\"",
                        "fulfillments[0].additionalInfo.attemptThreshold: must be a whole number"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "\" \"",
                        "fulfillments[0].additionalInfo.attemptThreshold: must be a whole number"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "true",
                        "fulfillments[0].additionalInfo.attemptThreshold: must be a whole number"),
                arguments("fulfillments[0].additionalInfo.attemptThreshold", "\"null\"",
                        "fulfillments[0].additionalInfo.attemptThreshold: must be a whole number"),
                arguments("amount", "\"null\"", "amount: is required"), // refused all the same
                arguments("amount", "\"\"", "amount: must be a number"),
                arguments("fulfillments[0].amount", "\"  \"", "fulfillments[0].amount: must be a number"),
                arguments("retryAttemptPolicy", "{\"maxAttempts\": 3.0}",
                        "retryAttemptPolicy.maxAttempts: must be a whole number"),
                arguments("retryAttemptPolicy", "{\"backoff\": {\"multiplier\": \"\"}}",
                        "retryAttemptPolicy.backoff.multiplier: must be a number"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("coercions")
    void aValueJacksonWouldCoerceIsRefusedNamingTheField(String path, String value, String expectedMessage) {
        String body = OrderJson.with(OrderJson.full("ord-coerce"), path, OrderJson.parse(value)).toString();

        ApiResponse response = api.createOrder(key, body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).isEqualTo(expectedMessage);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongTypes")
    void aValueOfTheWrongTypeOrSizeIsRefusedNamingTheField(String path, String value, String expectedMessage) {
        String body = OrderJson.with(OrderJson.full("ord-types"), path, OrderJson.parse(value)).toString();

        ApiResponse response = api.createOrder(key, body);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).isEqualTo(expectedMessage);
    }
}
