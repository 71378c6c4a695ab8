package io.payout.gateway.cashfree;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestShapeTest {
    private FakeCashfree fake;
    private CashfreeGateway gateway;

    @BeforeEach
    void start() throws Exception {
        fake = new FakeCashfree();
        gateway = Sandbox.gateway(fake);
    }

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void initiatePostsToTransfersWithCredentialApiVersionAndRequestIdHeaders() {
        gateway.initiate(Sandbox.imps("TXN-1", Sandbox.SUCCESS_ACCOUNT));

        FakeCashfree.RecordedRequest request = fake.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).isEqualTo("/payout/transfers");
        assertThat(request.header("x-client-id")).isEqualTo(FakeCashfree.CLIENT_ID);
        assertThat(request.header("x-client-secret")).isEqualTo(FakeCashfree.CLIENT_SECRET);
        assertThat(request.header("x-api-version")).isEqualTo("2024-01-01");
        assertThat(request.header("x-request-id")).isEqualTo("TXN-1");
        assertThat(request.header("content-type")).isEqualTo("application/json");
    }

    @Test
    void bankTransferSendsExactTwoDecimalAmountLowerCaseModeAndInlineBankBeneficiary() {
        gateway.initiate(new PayoutInstruction("TXN-2", "NEFT", new BigDecimal("100"),
                new Payee.BankAccount("Asha Rao", Sandbox.SUCCESS_ACCOUNT, Sandbox.IFSC), "Order #42: refund!"));

        String body = fake.lastRequest().body();
        assertThat(body).contains("\"transfer_id\":\"TXN-2\"", "\"transfer_amount\":100.00",
                "\"transfer_currency\":\"INR\"", "\"transfer_mode\":\"neft\"", "\"beneficiary_name\":\"Asha Rao\"",
                "\"beneficiary_instrument_details\":{\"bank_account_number\":\"" + Sandbox.SUCCESS_ACCOUNT
                        + "\",\"bank_ifsc\":\"" + Sandbox.IFSC + "\"}",
                "\"transfer_remarks\":\"Order 42 refund\"");
        JsonFields beneficiary = JsonFields.parseObject(body).object("beneficiary_details").orElseThrow();
        assertThat(beneficiary.text("beneficiary_id").orElseThrow()).matches("[A-Za-z0-9]{1,50}");
    }

    @Test
    void amountKeepsPaiseExactly() {
        gateway.initiate(new PayoutInstruction("TXN-3", "IMPS", new BigDecimal("123456.7"),
                new Payee.BankAccount("Asha Rao", Sandbox.SUCCESS_ACCOUNT, Sandbox.IFSC), null));

        assertThat(fake.lastRequest().body()).contains("\"transfer_amount\":123456.70")
                .doesNotContain("transfer_remarks");
    }

    @Test
    void upiTransferSendsInlineVpaBeneficiaryAndUpiMode() {
        gateway.initiate(Sandbox.upi("TXN-4", "ravi@okbank"));

        String body = fake.lastRequest().body();
        assertThat(body).contains("\"transfer_mode\":\"upi\"", "\"transfer_amount\":5.00",
                "\"beneficiary_instrument_details\":{\"vpa\":\"ravi@okbank\"}")
                .doesNotContain("bank_account_number");
    }

    @Test
    void rtgsIsSentAsLowerCaseRtgs() {
        gateway.initiate(new PayoutInstruction("TXN-5", "RTGS", new BigDecimal("250000.00"),
                new Payee.BankAccount("Asha Rao", Sandbox.SUCCESS_ACCOUNT, Sandbox.IFSC), null));

        assertThat(fake.lastRequest().body()).contains("\"transfer_mode\":\"rtgs\"");
    }

    @Test
    void inquireGetsTransfersByEncodedTransferIdWithTheSameHeaders() {
        gateway.inquire("TXN 6&x");

        FakeCashfree.RecordedRequest request = fake.lastRequest();
        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri()).isEqualTo("/payout/transfers?transfer_id=TXN+6%26x");
        assertThat(request.header("x-client-secret")).isEqualTo(FakeCashfree.CLIENT_SECRET);
        assertThat(request.header("x-api-version")).isEqualTo("2024-01-01");
    }
}
