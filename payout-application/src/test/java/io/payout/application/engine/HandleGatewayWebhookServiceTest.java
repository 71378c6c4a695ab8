package io.payout.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payout.application.fakes.MutableClock;
import io.payout.domain.TransactionRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandleGatewayWebhookServiceTest {
    private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");
    private final List<List<TransactionRef>> hurried = new ArrayList<>();

    private HandleGatewayWebhookService service(Optional<List<TransactionRef>> verdict) {
        return new HandleGatewayWebhookService((gateway, headers, body) -> verdict,
                (refs, now) -> {
                    assertThat(now).isEqualTo(NOW);
                    hurried.add(refs);
                    return refs.size();
                }, new MutableClock(NOW));
    }

    @Test
    void aVerifiedWebhookMakesItsTransactionsDueNow() {
        List<TransactionRef> refs = List.of(new TransactionRef("ref1"), new TransactionRef("ref2"));

        assertThat(service(Optional.of(refs)).handle("RAZORPAYX", Map.of(), new byte[0])).isEqualTo(2);
        assertThat(hurried).containsExactly(refs);
    }

    @Test
    void anUnverifiedWebhookChangesNothing() {
        assertThatThrownBy(() -> service(Optional.empty()).handle("RAZORPAYX", Map.of(), new byte[0]))
                .isInstanceOf(WebhookRejectedException.class);
        assertThat(hurried).isEmpty();
    }

    @Test
    void aVerifiedWebhookAboutNoTransactionTouchesNothing() {
        assertThat(service(Optional.of(List.of())).handle("RAZORPAYX", Map.of(), new byte[0])).isZero();
        assertThat(hurried).isEmpty();
    }
}
