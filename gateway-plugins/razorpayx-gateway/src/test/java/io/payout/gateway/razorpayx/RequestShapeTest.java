package io.payout.gateway.razorpayx;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestShapeTest {
    private final FakeRazorpayX fake = start();
    private final PayoutGateway gateway = new RazorpayXGatewayPlugin().create(fake.configuration());

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void bankPayoutIsOneCompositePostInPaiseWithIdempotencyKeyAndBasicAuth() {
        gateway.initiate(Payouts.toBank("txn0001", "1234.50"));

        FakeRazorpayX.RecordedRequest request = fake.requests().get(0);
        Object body = JsonReader.parse(request.body());
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo("/v1/payouts");
        assertThat(request.header("x-payout-idempotency")).isEqualTo("txn0001");
        assertThat(request.header("authorization")).isEqualTo("Basic " + Base64.getEncoder().encodeToString(
                (FakeRazorpayX.KEY_ID + ":" + FakeRazorpayX.KEY_SECRET).getBytes(StandardCharsets.UTF_8)));
        assertThat(JsonPath.at(body, "amount")).contains(new BigDecimal("123450"));
        assertThat(request.body()).contains("\"amount\":123450,");
        assertThat(JsonPath.text(body, "currency")).contains("INR");
        assertThat(JsonPath.text(body, "mode")).contains("IMPS");
        assertThat(JsonPath.text(body, "purpose")).contains("payout");
        assertThat(JsonPath.at(body, "queue_if_low_balance")).contains(true);
        assertThat(JsonPath.text(body, "reference_id")).contains("txn0001");
        assertThat(JsonPath.text(body, "account_number")).contains(FakeRazorpayX.ACCOUNT);
        assertThat(JsonPath.text(body, "fund_account", "account_type")).contains("bank_account");
        assertThat(JsonPath.text(body, "fund_account", "bank_account", "name")).contains("Gaurav Kumar");
        assertThat(JsonPath.text(body, "fund_account", "bank_account", "ifsc")).contains("HDFC0000053");
        assertThat(JsonPath.text(body, "fund_account", "bank_account", "account_number")).contains("1121431121541121");
        assertThat(JsonPath.text(body, "fund_account", "contact", "name")).contains("Gaurav Kumar");
        assertThat(JsonPath.text(body, "narration")).contains("Salary for March");
    }

    @Test
    void upiPayoutSendsTheVpaAsFundAccountInModeUpi() {
        gateway.initiate(Payouts.toVpa("txn0002", "99"));

        Object body = JsonReader.parse(fake.requests().get(0).body());
        assertThat(JsonPath.at(body, "amount")).contains(new BigDecimal("9900"));
        assertThat(JsonPath.text(body, "mode")).contains("UPI");
        assertThat(JsonPath.text(body, "fund_account", "account_type")).contains("vpa");
        assertThat(JsonPath.text(body, "fund_account", "vpa", "address")).contains("gaurav.kumar@exampleupi");
        assertThat(JsonPath.at(body, "fund_account", "bank_account")).isEmpty();
        assertThat(JsonPath.at(body, "narration")).isEmpty();
    }

    @Test
    void narrationIsStrippedOfRefusedCharactersAndCutToThirtyCharacters() {
        PayoutInstruction instruction = new PayoutInstruction("txn0003", "NEFT", new BigDecimal("10.00"),
                new Payee.BankAccount("A", "1234567890", "SBIN0000001"), "Refund #42 / order: A-77, thanks & more text");

        gateway.initiate(instruction);

        String narration = JsonPath.text(JsonReader.parse(fake.requests().get(0).body()), "narration").orElseThrow();
        assertThat(narration).isEqualTo("Refund 42  order A77 thanks  m").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void fractionsOfAPaisaAreRefusedWithoutCallingRazorpayX() {
        GatewayResult result = gateway.initiate(Payouts.toBank("txn0004", "10.005"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Failed.class, failed -> {
            assertThat(failed.responseCode()).isEqualTo("invalid_amount");
            assertThat(failed.category()).isEqualTo(FailureCategory.INTERNAL);
            assertThat(failed.retryable()).isFalse();
        });
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aPayeeThatDoesNotFitTheRailIsRefusedWithoutCallingRazorpayX() {
        PayoutInstruction upiToBank = new PayoutInstruction("txn0005", "UPI", BigDecimal.TEN,
                new Payee.BankAccount("A", "1234567890", "SBIN0000001"), null);
        PayoutInstruction unknownRail = new PayoutInstruction("txn0006", "SWIFT", BigDecimal.TEN,
                new Payee.BankAccount("A", "1234567890", "SBIN0000001"), null);

        assertThat(gateway.initiate(upiToBank)).isInstanceOfSatisfying(GatewayResult.Failed.class,
                failed -> assertThat(failed.responseCode()).isEqualTo("invalid_payee_for_rail"));
        assertThat(gateway.initiate(unknownRail)).isInstanceOfSatisfying(GatewayResult.Failed.class,
                failed -> assertThat(failed.responseCode()).isEqualTo("unsupported_rail"));
        assertThat(fake.requests()).isEmpty();
    }

    @Test
    void aReferenceRazorpayXCannotTakeAsIdempotencyKeyIsRefusedWithoutCallingIt() {
        GatewayResult result = gateway.initiate(Payouts.toBank("a".repeat(37), "10"));

        assertThat(result).isInstanceOfSatisfying(GatewayResult.Failed.class,
                failed -> assertThat(failed.category()).isEqualTo(FailureCategory.INTERNAL));
        assertThat(fake.requests()).isEmpty();
    }

    static FakeRazorpayX start() {
        try {
            return new FakeRazorpayX();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
