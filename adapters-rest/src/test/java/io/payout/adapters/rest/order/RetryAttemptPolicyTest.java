package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import io.payout.domain.MerchantId;
import io.payout.domain.OrderId;
import io.payout.domain.attempt.Backoff;
import io.payout.domain.attempt.FailureCategory;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import io.payout.domain.attempt.RetryRule;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The create request's order-level {@code retryAttemptPolicy}: mapped, checked field by field, part of idempotency. */
@ExtendWith(DropwizardExtensionsSupport.class)
class RetryAttemptPolicyTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String POLICY = "retryAttemptPolicy";
    private static final String FULL_POLICY = """
            {"maxAttempts": 4,
             "rules": [{"responseCodes": ["INSUFFICIENT_BALANCE"], "categories": ["BENEFICIARY"], "action": "STOP"},
                       {"categories": ["GATEWAY", "BUSINESS"], "action": "RETRY_SAME_METHOD"},
                       {"responseCodes": ["E500", "TIMEOUT"], "action": "NEXT_METHOD"}],
             "defaultAction": "STOP",
             "backoff": {"initialDelaySeconds": 10, "multiplier": 1.5, "maxDelaySeconds": 600},
             "attemptWindowMinutes": 60,
             "pendingLimitMinutes": 30}
            """;
    private static final RetryPolicy FULL = new RetryPolicy(4, List.of(
            new RetryRule(List.of("INSUFFICIENT_BALANCE"), List.of(FailureCategory.BENEFICIARY), RetryAction.STOP),
            new RetryRule(List.of(), List.of(FailureCategory.GATEWAY, FailureCategory.BUSINESS), RetryAction.RETRY_SAME_METHOD),
            new RetryRule(List.of("E500", "TIMEOUT"), List.of(), RetryAction.NEXT_METHOD)),
            RetryAction.STOP, new Backoff(Duration.ofSeconds(10), 1.5, Duration.ofSeconds(600)), Duration.ofMinutes(60),
            Duration.ofMinutes(30));
    private ApiClient api;
    private String merchantId;
    private String key;

    @BeforeEach
    void setUp() {
        api = new ApiClient(APP.getLocalPort());
        merchantId = "m-policy-" + System.nanoTime();
        key = APP.<TestPayoutApplication>getApplication().newMerchant(merchantId);
    }

    @Test
    void aFullPolicyIsPassedToTheStoredOrderAsSent() {
        assertThat(storedPolicy(withPolicy("ord-policy-1", FULL_POLICY))).isEqualTo(FULL);
    }

    @Test
    void anEmptyPolicyIsTheDefaultPolicy() {
        assertThat(storedPolicy(withPolicy("ord-policy-2", "{}"))).isEqualTo(RetryPolicy.DEFAULT);
    }

    @Test
    void absentFieldsTakeTheDefaultsValues() {
        RetryPolicy stored = storedPolicy(withPolicy("ord-policy-3",
                "{\"maxAttempts\": 5, \"backoff\": {\"maxDelaySeconds\": 900}, \"pendingLimitMinutes\": 15}"));

        RetryPolicy d = RetryPolicy.DEFAULT;
        assertThat(stored).isEqualTo(new RetryPolicy(5, d.rules(), d.defaultAction(),
                new Backoff(d.backoff().initial(), d.backoff().multiplier(), Duration.ofSeconds(900)),
                d.attemptWindow(), Duration.ofMinutes(15)));
    }

    @Test
    void anEmptyRuleListMeansNoRules() {
        assertThat(storedPolicy(withPolicy("ord-policy-4", "{\"rules\": []}")).rules()).isEmpty();
    }

    @Test
    void withoutAPolicyOrWithNullTheOrderHasNoneOfItsOwn() {
        assertThat(storedPolicy(OrderJson.full("ord-policy-5"))).isNull();
        assertThat(storedPolicy(withPolicy("ord-policy-6", "null"))).isNull();
    }

    @Test
    void wholeNumbersMayComeAsNumericStrings() {
        RetryPolicy stored = storedPolicy(withPolicy("ord-policy-7", "{\"maxAttempts\": \"2\"}"));

        assertThat(stored.maxAttempts()).isEqualTo(2);
    }

    @Test
    void anIdenticalRepeatWithAPolicyIs200WithTheSameOrder() {
        ObjectNode body = withPolicy("ord-policy-8", FULL_POLICY);
        ApiResponse first = api.createOrder(key, body.toString());
        int orders = app().orders().size();

        ApiResponse again = api.createOrder(key, body.toString());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(app().orders().size()).isEqualTo(orders);
    }

    @Test
    void theSamePolicyWrittenDifferentlyIsTheSameRequest() {
        String id = api.createOrder(key, withPolicy("ord-policy-9", FULL_POLICY).toString()).json().path("id").asText();
        String rewritten = FULL_POLICY.replace("\"maxAttempts\": 4", "\"maxAttempts\": \"4\"")
                .replace("\"multiplier\": 1.5", "\"multiplier\": 1.50").replace("\"defaultAction\": \"STOP\",", "")
                .replace("{\"maxAttempts\"", "{\"defaultAction\": \"STOP\", \"maxAttempts\"");

        ApiResponse again = api.createOrder(key, withPolicy("ord-policy-9", rewritten).toString());

        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("id").asText()).isEqualTo(id);
    }

    static Stream<Arguments> changedPolicies() {
        return Stream.of(
                arguments("another maxAttempts", FULL_POLICY, FULL_POLICY.replace("\"maxAttempts\": 4", "\"maxAttempts\": 5")),
                arguments("a rule's action changed", FULL_POLICY, FULL_POLICY.replace("RETRY_SAME_METHOD", "NEXT_METHOD")),
                arguments("another backoff", FULL_POLICY, FULL_POLICY.replace("1.5", "2")),
                arguments("a policy added", null, FULL_POLICY),
                arguments("the policy left out", FULL_POLICY, null),
                arguments("the default written out instead of none", null, "{}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changedPolicies")
    void theSameOrderIdWithAnotherPolicyIs409E05(String what, String firstPolicy, String secondPolicy) {
        assertThat(api.createOrder(key, body("ord-policy-10", firstPolicy).toString()).status()).isEqualTo(200);

        ApiResponse response = api.createOrder(key, body("ord-policy-10", secondPolicy).toString());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.errorCode()).isEqualTo("E05");
    }

    static Stream<Arguments> refusals() {
        String rule = POLICY + ".rules[0]";
        String backoff = POLICY + ".backoff";
        return Stream.of(
                arguments("maxAttempts", "0", POLICY + ".maxAttempts: must be from 1 to 10"),
                arguments("maxAttempts", "11", POLICY + ".maxAttempts: must be from 1 to 10"),
                arguments("maxAttempts", "2.5", POLICY + ".maxAttempts: must be a whole number"),
                arguments("maxAttempts", "\"three\"", POLICY + ".maxAttempts: must be a whole number"),
                arguments("maxAttempts", "10000000000", POLICY + ".maxAttempts: is out of range"),
                arguments("rules[0].action", "\"RETRY\"",
                        rule + ".action: must be one of RETRY_SAME_METHOD, NEXT_METHOD, STOP"),
                arguments("rules[0].action", null, rule + ".action: is required"),
                arguments("rules[0]", "{\"action\": \"STOP\"}", rule + ": must name at least one of responseCodes or categories"),
                arguments("rules[0]", "{\"responseCodes\": [], \"categories\": [], \"action\": \"STOP\"}",
                        rule + ": must name at least one of responseCodes or categories"),
                arguments("rules[0]", "null", rule + ": must be an object"),
                arguments("rules[0]", "\"STOP\"", rule + ": must be an object"),
                arguments("rules[0].categories[0]", "\"BANK\"",
                        rule + ".categories[0]: must be one of BENEFICIARY, GATEWAY, BUSINESS, INTERNAL"),
                arguments("rules[0].categories", "\"GATEWAY\"", rule + ".categories: must be an array"),
                arguments("rules[0].responseCodes[0]", "\"\"", rule + ".responseCodes[0]: is required"),
                arguments("rules[0].responseCodes[0]", "\"" + "C".repeat(65) + "\"",
                        rule + ".responseCodes[0]: must be at most 64 characters"),
                arguments("rules[0].responseCodes[0]", "\"E\\u0000\"", rule + ".responseCodes[0]: must not contain control characters"),
                arguments("rules[0].responseCodes", codes(101), rule + ".responseCodes: must contain at most 100 codes"),
                arguments("rules", rules(21), POLICY + ".rules: must contain at most 20 rules"),
                arguments("rules", "{}", POLICY + ".rules: must be an array"),
                arguments("defaultAction", "\"RETRY\"", POLICY + ".defaultAction: must be one of RETRY_SAME_METHOD, NEXT_METHOD, STOP"),
                arguments("backoff.initialDelaySeconds", "-1", backoff + ".initialDelaySeconds: must be from 0 to 86400"),
                arguments("backoff.initialDelaySeconds", "86401", backoff + ".initialDelaySeconds: must be from 0 to 86400"),
                arguments("backoff.maxDelaySeconds", "86401", backoff + ".maxDelaySeconds: must be from 0 to 86400"),
                arguments("backoff.maxDelaySeconds", "9", backoff + ".maxDelaySeconds: must be at least initialDelaySeconds"),
                arguments("backoff.multiplier", "0.5", backoff + ".multiplier: must be from 1 to 10"),
                arguments("backoff.multiplier", "10.01", backoff + ".multiplier: must be from 1 to 10"),
                arguments("backoff.multiplier", "1e400", backoff + ".multiplier: must be from 1 to 10"),
                arguments("backoff.multiplier", "true", backoff + ".multiplier: must be a number"),
                arguments("backoff", "[]", backoff + ": must be an object"),
                arguments("attemptWindowMinutes", "0", POLICY + ".attemptWindowMinutes: must be from 1 to 43200"),
                arguments("attemptWindowMinutes", "43201", POLICY + ".attemptWindowMinutes: must be from 1 to 43200"),
                arguments("pendingLimitMinutes", "0", POLICY + ".pendingLimitMinutes: must be from 1 to 43200"),
                arguments("pendingLimitMinutes", "43201", POLICY + ".pendingLimitMinutes: must be from 1 to 43200"),
                arguments("", "\"STOP\"", POLICY + ": must be an object"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("refusals")
    void anInvalidPolicyValueIs400E01NamingTheFieldAsSent(String path, String value, String expectedMessage) {
        ObjectNode body = withPolicy("ord-policy-rule", FULL_POLICY);
        OrderJson.with(body, path.isEmpty() ? POLICY : POLICY + "." + path, value == null ? null : OrderJson.parse(value));

        ApiResponse response = api.createOrder(key, body.toString());

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).isEqualTo(expectedMessage);
    }

    @Test
    void aMaxDelayLeftOutIsTheDefaultsAndMustStillCoverTheInitialDelay() {
        ApiResponse response = api.createOrder(key, withPolicy("ord-policy-11",
                "{\"backoff\": {\"initialDelaySeconds\": 600}}").toString());

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage())
                .isEqualTo(POLICY + ".backoff.maxDelaySeconds: must be at least initialDelaySeconds (it is 300 when not given)");
    }

    private RetryPolicy storedPolicy(ObjectNode body) {
        ApiResponse response = api.createOrder(key, body.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        OrderId id = new OrderId(response.json().path("id").asText());
        return app().orders().retryPolicyOf(new MerchantId(merchantId), id);
    }

    private static ObjectNode body(String orderId, String policy) {
        return policy == null ? OrderJson.full(orderId) : withPolicy(orderId, policy);
    }

    private static ObjectNode withPolicy(String orderId, String policy) {
        return OrderJson.with(OrderJson.full(orderId), POLICY, OrderJson.parse(policy));
    }

    private static String codes(int n) {
        return Stream.generate(() -> "\"E1\"").limit(n).toList().toString();
    }

    private static String rules(int n) {
        return Stream.generate(() -> "{\"categories\": [\"GATEWAY\"], \"action\": \"NEXT_METHOD\"}").limit(n).toList().toString();
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }
}
