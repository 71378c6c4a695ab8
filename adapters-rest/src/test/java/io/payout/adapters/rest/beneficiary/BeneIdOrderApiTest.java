package io.payout.adapters.rest.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Orders paying a saved beneficiary: {@code beneficiaryDetails {type: BENE_ID, details: {id}}}. */
@ExtendWith(DropwizardExtensionsSupport.class)
class BeneIdOrderApiTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final String FIELD = "fulfillments[0].beneficiaryDetails.details.id";
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void setUp() {
        api = new ApiClient(APP.getLocalPort());
        key = APP.<TestPayoutApplication>getApplication().newMerchant("m-bene-orders");
        saveBeneficiary(BeneficiaryApiTest.account("acct-1").toString());
        saveBeneficiary(BeneficiaryApiTest.upi("vpa-pending", "VALIDATE").toString());
    }

    private static void saveBeneficiary(String body) {
        ApiResponse saved = api.send(api.request(BeneficiaryApiTest.PATH).header("Authorization", ApiClient.basic(key))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static String order(String orderId, String customerId, String beneId, String name) {
        return """
                {"orderId": "%s", "amount": 10.00, "customerId": "%s",
                 "fulfillments": [{"amount": 10.00, "preferredMethodList": ["DUMMY_IMPS"],
                   "beneficiaryDetails": {"type": "BENE_ID", "details": {"id": "%s"%s}}}]}"""
                .formatted(orderId, customerId, beneId, name == null ? "" : ", \"name\": \"" + name + "\"");
    }

    @Test
    void aSavedBeneficiaryIsPaidAndTheOrderEchoesItsIdWithTheSavedAccount() {
        ApiResponse created = api.createOrder(key, order("bene-order-1", "cust-1", "acct-1", "Asha"));

        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode bene = created.json().at("/fulfillments/0/beneficiaryDetails");
        assertThat(bene.get("type").asText()).isEqualTo("BENE_ID");
        assertThat(bene.at("/details/id").asText()).isEqualTo("acct-1");
        assertThat(bene.at("/details/name").asText()).isEqualTo("Asha Rao");
        assertThat(bene.at("/details/account").asText()).isEqualTo(OrderJson.ACCOUNT);
        assertThat(bene.at("/details/ifsc").asText()).isEqualTo("YESB0000262");
        assertThat(api.getOrder(key, "bene-order-1").json().at("/fulfillments/0/beneficiaryDetails")).isEqualTo(bene);
    }

    @Test
    void anIdenticalRepeatReturnsTheStoredOrder() {
        JsonNode first = api.createOrder(key, order("bene-order-2", "cust-1", "acct-1", null)).json();

        ApiResponse repeat = api.createOrder(key, order("bene-order-2", "cust-1", "acct-1", null));

        assertThat(repeat.status()).isEqualTo(200);
        assertThat(repeat.json().get("id")).isEqualTo(first.get("id"));
        assertThat(api.createOrder(key, order("bene-order-2", "cust-1", "acct-1", "Other")).status())
                .as("the name is part of the request").isEqualTo(409);
    }

    @Test
    void anUnknownBeneIdIsE01NamingTheFieldAndNoOrderIsWritten() {
        ApiResponse response = api.createOrder(key, order("bene-order-3", "cust-1", "nobody", null));

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).isEqualTo(FIELD + ": no beneficiary nobody is saved for customer cust-1");
        assertThat(api.getOrder(key, "bene-order-3").status()).isEqualTo(404);
    }

    @Test
    void anotherCustomersBeneficiaryIsUnknown() {
        ApiResponse response = api.createOrder(key, order("bene-order-4", "cust-2", "acct-1", null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).startsWith(FIELD + ": no beneficiary acct-1");
    }

    @Test
    void aPendingBeneficiaryIsNotPayableYet() {
        ApiResponse response = api.createOrder(key, order("bene-order-5", "cust-1", "vpa-pending", null));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).isEqualTo(
                FIELD + ": beneficiary vpa-pending is PENDING: only a CREATED or VALID beneficiary can be paid");
        assertThat(api.getOrder(key, "bene-order-5").status()).isEqualTo(404);
    }

    @Test
    void aMissingOrMalformedIdIsE01() {
        ApiResponse missing = api.createOrder(key, order("bene-order-6", "cust-1", "", null));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.errorMessage()).startsWith(FIELD + ": is required");
        assertThat(api.createOrder(key, order("bene-order-6", "cust-1", "a b", null)).errorMessage())
                .startsWith(FIELD + ": must be 1 to 64");
    }
}
