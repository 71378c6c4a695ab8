package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.domain.MerchantId;
import io.payout.domain.Money;
import io.payout.domain.OrderId;
import io.payout.domain.collection.Payment;
import io.payout.domain.collection.PaymentLinks;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PaymentViewMapperTest {
    private static final Instant OPENED = Instant.parse("2024-01-15T10:00:00.750Z");
    private final PaymentViewMapper views = new PaymentViewMapper();
    private final Payment open = Payment.open(new OrderId("0123456789abcdef0123456789abcd"), new MerchantId("m-1"),
            "EXPRESS_CHECKOUT", "P0123456789abcdefghi", Money.of("10.50"), true, OPENED.plusSeconds(900), OPENED);

    @Test
    void anAmountMismatchShowsWhatWasChargedAndWhy() {
        Payment mismatch = open.awaiting("NEW", new PaymentLinks("https://pay/web", null, null), OPENED)
                .charged(Money.of("9.00"), "CHARGED", OPENED.plusSeconds(61));

        PaymentView view = views.toView(mismatch);

        assertThat(view.status()).isEqualTo("AMOUNT_MISMATCH");
        assertThat(view.amount()).isEqualTo(new BigDecimal("10.50"));
        assertThat(view.chargedAmount()).isEqualTo(new BigDecimal("9.00"));
        assertThat(view.providerStatus()).isEqualTo("CHARGED");
        assertThat(view.reason()).contains("9.00", "10.50");
        assertThat(view.paymentLinks()).isEqualTo(new PaymentView.Links("https://pay/web", null, null));
        assertThat(view.updatedAt()).isEqualTo("2024-01-15T10:01:01Z");
    }

    @Test
    void timesAreUtcToTheSecond() {
        PaymentView view = views.toView(open);

        assertThat(view.createdAt()).isEqualTo("2024-01-15T10:00:00Z");
        assertThat(view.expiresAt()).isEqualTo("2024-01-15T10:15:00Z");
        assertThat(view.status()).isEqualTo("PENDING_CREATION");
        assertThat(view.chargedAmount()).isNull();
        assertThat(view.paymentLinks()).isEqualTo(new PaymentView.Links(null, null, null));
    }
}
