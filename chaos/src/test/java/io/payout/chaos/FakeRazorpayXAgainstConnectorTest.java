package io.payout.chaos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payout.gateway.razorpayx.RazorpayXGatewayPlugin;
import io.payout.gateway.spi.FailureCategory;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake RazorpayX against the bundled RazorpayX connector, as the service runs it: the failures the fake injects
 * mean to the connector what the chaos suite's expectations assume (a partner bank failure and a 429 are retryable
 * gateway failures, a beneficiary bank refusal and a reversal are not).
 */
class FakeRazorpayXAgainstConnectorTest {
    private final FaultCounter faults = new FaultCounter();
    private final FakeRazorpayX fake;
    private final PayoutGateway connector;

    FakeRazorpayXAgainstConnectorTest() throws Exception {
        fake = new FakeRazorpayX(4_500, faults);
        connector = new RazorpayXGatewayPlugin().create(Map.of("base-url", fake.baseUrl(),
                "key-id", FakeRazorpayX.KEY_ID, "key-secret", FakeRazorpayX.KEY_SECRET,
                "account-number", FakeRazorpayX.ACCOUNT, "webhook-secret", ChaosMain.WEBHOOK_SECRET,
                "request-timeout-ms", "3000"));
    }

    @AfterEach
    void close() {
        fake.close();
    }

    @Test
    void aPayoutIsPendingThenPaid() throws Exception {
        assertInstanceOf(GatewayResult.Pending.class, connector.initiate(instruction("chaosref0001", "12.00", "910001")));

        assertInstanceOf(GatewayResult.Succeeded.class, settled("chaosref0001"));
    }

    @Test
    void aPartnerBankFailureIsARetryableGatewayFailureAndTheNextPayoutToTheAccountIsPaid() throws Exception {
        connector.initiate(instruction("chaosref0002", "12.27", "910002"));
        GatewayResult.Failed failed = assertInstanceOf(GatewayResult.Failed.class, settled("chaosref0002"));
        assertEquals(FailureCategory.GATEWAY, failed.category());
        assertTrue(failed.retryable());

        connector.initiate(instruction("chaosref0003", "12.27", "910002"));
        assertInstanceOf(GatewayResult.Succeeded.class, settled("chaosref0003"));
    }

    @Test
    void everyPayoutOfAnX41AmountFailsAtTheGateway() throws Exception {
        for (String ref : new String[] {"chaosref0004", "chaosref0005", "chaosref0006"}) {
            connector.initiate(instruction(ref, "30.41", "910004"));
            GatewayResult.Failed failed = assertInstanceOf(GatewayResult.Failed.class, settled(ref));
            assertTrue(failed.retryable(), ref);
        }
    }

    @Test
    void aBeneficiaryBankRefusalIsNotRetryable() throws Exception {
        connector.initiate(instruction("chaosref0007", "40.13", "910007"));
        GatewayResult.Failed failed = assertInstanceOf(GatewayResult.Failed.class, settled("chaosref0007"));

        assertEquals(FailureCategory.BENEFICIARY, failed.category());
        assertFalse(failed.retryable());
    }

    @Test
    void anX55PayoutIsPaidThenReversedNeverRetryable() throws Exception {
        connector.initiate(instruction("chaosref0008", "50.55", "910008"));
        assertInstanceOf(GatewayResult.Succeeded.class, settled("chaosref0008"));

        long deadline = System.currentTimeMillis() + 5_000;
        GatewayResult result = connector.inquire("chaosref0008");
        while (result instanceof GatewayResult.Succeeded && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            result = connector.inquire("chaosref0008");
        }
        assertFalse(assertInstanceOf(GatewayResult.Failed.class, result).retryable());
        assertEquals("reversed", fake.ledger().withReference("chaosref0008").status);
    }

    @Test
    void aRateLimitedCreateIsARetryableFailureAndNothingIsMade() {
        fake.fault(GatewayFault.RATE_LIMITED, 1.0, 0);

        GatewayResult.Failed failed = assertInstanceOf(GatewayResult.Failed.class,
                connector.initiate(instruction("chaosref0009", "12.00", "910009")));
        assertEquals(FailureCategory.GATEWAY, failed.category());
        assertTrue(failed.retryable());
        assertNull(fake.ledger().withReference("chaosref0009"));
        assertEquals("chaosref0009", fake.ledger().refusals().get(0).reference());
        assertFalse(assertInstanceOf(GatewayResult.Unknown.class, connector.inquire("chaosref0009")).notFound());

        fake.fault(null, 0, 0);
        assertTrue(assertInstanceOf(GatewayResult.Unknown.class, connector.inquire("chaosref0009")).notFound());
    }

    @Test
    void aFailureIsKnownOnlyOnceAReadableAnswerShowedIt() throws Exception {
        fake.fault(GatewayFault.GARBAGE, 1.0, 0);
        assertInstanceOf(GatewayResult.Unknown.class, connector.initiate(instruction("chaosref0010", "12.13", "910010")));
        FakePayoutLedger.Payout payout = fake.ledger().withReference("chaosref0010");
        while ("processing".equals(fake.ledger().withReference("chaosref0010").status)) {
            Thread.sleep(50);
        }
        assertEquals(0, payout.knownFailedMillis);
        assertInstanceOf(GatewayResult.Unknown.class, connector.inquire("chaosref0010"));
        assertEquals(0, payout.knownFailedMillis);

        fake.fault(null, 0, 0);
        long before = System.currentTimeMillis();
        connector.inquire("chaosref0010");
        assertTrue(payout.knownFailedMillis >= before);
    }

    private GatewayResult settled(String ref) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 5_000;
        GatewayResult result = connector.inquire(ref);
        while (result instanceof GatewayResult.Pending && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            result = connector.inquire(ref);
        }
        return result;
    }

    private static PayoutInstruction instruction(String ref, String rupees, String account) {
        return new PayoutInstruction(ref, "IMPS", new BigDecimal(rupees),
                new Payee.BankAccount("Asha Rao", account, "YESB0000262"), "chaos " + ref);
    }
}
