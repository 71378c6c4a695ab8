package io.payout.application.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.payout.application.fakes.ScriptedGateway;
import io.payout.domain.Fulfillment;
import io.payout.domain.Order;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.attempt.StatusEvent;
import io.payout.application.fakes.InMemoryOrderStore;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What must hold for every order, whatever happened to the engine: the money rules. */
final class PayoutInvariants {
    private PayoutInvariants() {
    }

    static void check(EngineHarness engine) {
        for (Order created : engine.orders()) {
            Order order = engine.stored(created);
            for (Fulfillment f : order.fulfillments()) {
                List<Transaction> ts = f.transactions();
                assertThat(ts.stream().filter(Transaction::isPaid).count())
                        .as("paid transactions of %s", f.id()).isLessThanOrEqualTo(1);
                for (int i = 0; i < ts.size() - 1; i++) {
                    assertThat(ts.get(i).isOpen()).as("%s is open but not the latest", ts.get(i).id()).isFalse();
                }
                assertThat(ts.stream().map(Transaction::transactionRef).distinct().count())
                        .as("references of %s", f.id()).isEqualTo(ts.size());
            }
            List<InMemoryOrderStore.NumberedEvent> events = engine.store.numberedEvents(order.merchantId(), order.id());
            for (int i = 0; i < events.size(); i++) {
                assertThat(events.get(i).seq()).as("event sequence").isEqualTo(i + 1L);
            }
        }
        Set<TransactionRef> stored = engine.orders().stream().map(engine::stored)
                .flatMap(o -> o.fulfillments().stream()).flatMap(f -> f.transactions().stream())
                .map(Transaction::transactionRef).collect(Collectors.toSet());
        assertThat(stored).as("every reference a gateway received is a stored transaction")
                .containsAll(engine.gateway.receivedReferences());
        for (ScriptedGateway.Call call : engine.gateway.calls()) {
            assertThat(stored).contains(call.reference());
        }
    }

    static List<String> values(List<StatusEvent> events) {
        return events.stream().map(e -> e.label() + ":" + e.value()).toList();
    }
}
