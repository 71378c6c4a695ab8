package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import io.payout.application.fakes.SampleOrders;
import io.payout.application.order.CreateOrderCommand;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import io.payout.domain.attempt.RetryAction;
import io.payout.domain.attempt.RetryPolicy;
import org.junit.jupiter.api.Test;

class CreateOrderCommandMapperTest {
    private static final ObjectMapper JSON = Jackson.newObjectMapper();
    private static final String SAMPLE = """
            {"orderId": "ord-sample-1", "type": "FULFILL_ONLY", "amount": 10.50, "customerId": "cust-1",
             "customerPhone": "9876543210", "customerEmail": "asha@example.com", "udf1": "u1", "udf2": "u2", "udf5": "u5",
             "fulfillments": [
               {"amount": 7.00, "preferredMethodList": ["DUMMY_IMPS", "DUMMY_NEFT"], "udf1": "f-udf1",
                "beneficiaryDetails": {"type": "ACCOUNT_IFSC",
                  "details": {"name": "Asha Rao", "account": "026291800001191", "ifsc": "YESB0000262"}},
                "additionalInfo": {"remark": "salary", "scheduleTime": "2030-01-01T00:00:00Z", "attemptThreshold": 25,
                  "isRetriable": true, "webhookDetails": {"url": "https://merchant.example/hooks",
                    "username": "hook-user", "password": "hook-pass", "customHeader": {"x-tenant": "t1"}}}},
               {"amount": 3.50, "beneficiaryDetails": {"type": "UPI_ID",
                  "details": {"name": "Ravi K", "vpa": "success@upi", "mobileNo": "9876543210"}}}]}
            """;
    private final CreateOrderCommandMapper mapper = new CreateOrderCommandMapper();

    @Test
    void juspaysRequestBecomesTheSameCommandAsTheApplicationsSample() throws Exception {
        CreateOrderRequest request = JSON.readValue(SAMPLE, CreateOrderRequest.class);

        assertThat(mapper.toCommand(new MerchantId("m-1"), request))
                .isEqualTo(SampleOrders.twoFulfillments("m-1", "ord-sample-1"));
    }

    @Test
    void theRetryAttemptPolicyGoesIntoTheCommandAndIntoItsFingerprint() throws Exception {
        String withPolicy = SAMPLE.replaceFirst("\\{", "{\"retryAttemptPolicy\": {\"maxAttempts\": 1, \"defaultAction\": \"STOP\"},");
        CreateOrderRequest request = JSON.readValue(withPolicy, CreateOrderRequest.class);

        CreateOrderCommand command = mapper.toCommand(new MerchantId("m-1"), request);

        RetryPolicy d = RetryPolicy.DEFAULT;
        assertThat(command.retryPolicy()).isEqualTo(new RetryPolicy(1, d.rules(), RetryAction.STOP, d.backoff(),
                d.attemptWindow(), d.pendingLimit()));
        assertThat(command.fingerprint()).isNotEqualTo(SampleOrders.twoFulfillments("m-1", "ord-sample-1").fingerprint());
    }

    @Test
    void aNestedComplaintNamesTheFullPathFromTheBody() throws Exception {
        CreateOrderRequest request = JSON.readValue(SAMPLE.replace("success@upi", "no-at-sign"), CreateOrderRequest.class);

        assertThatThrownBy(() -> mapper.toCommand(new MerchantId("m-1"), request))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("fulfillments[1].beneficiaryDetails.details.vpa"));
    }

    @Test
    void moreThanAHundredFulfillmentsAreRefusedBeforeAnyIsMapped() throws Exception {
        String many = "{\"orderId\": \"ord-many\", \"amount\": 101, \"customerId\": \"c\", \"fulfillments\": ["
                + "{},".repeat(100) + "{}]}";
        CreateOrderRequest request = JSON.readValue(many, CreateOrderRequest.class);

        assertThatThrownBy(() -> mapper.toCommand(new MerchantId("m-1"), request))
                .isInstanceOf(InvalidInputException.class).hasMessage("fulfillments: must contain at most 100 fulfillments");
    }
}
