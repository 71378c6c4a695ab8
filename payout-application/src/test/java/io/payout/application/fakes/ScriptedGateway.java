package io.payout.application.fakes;

import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import io.payout.domain.TransactionRef;
import io.payout.domain.attempt.GatewayResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A gateway whose answers tests script per transaction reference. It remembers every call, which references it
 * received (an initiation that reached it, whatever it answered), and the last definite answer it gave about each
 * (its "truth"). With nothing scripted: an initiation is received and succeeds; an inquiry about a reference it
 * never received is "not found", about one it received the truth (success unless a definite answer said otherwise).
 * A crash can be planned for one initiation of a reference: {@link Crash#BEFORE_RECEIVING} throws before the
 * gateway hears of it (the instance died after committing the transaction, before the call),
 * {@link Crash#AFTER_RECEIVING} throws after the gateway received it and decided its answer (the instance died
 * before saving the answer).
 */
public class ScriptedGateway implements PayoutGatewayPort {
    public enum Operation { INITIATE, INQUIRE }

    public enum Crash { BEFORE_RECEIVING, AFTER_RECEIVING }

    public record Call(Operation operation, TransactionRef reference, MethodId method) {
    }

    private final Map<TransactionRef, Deque<GatewayResult>> initiateAnswers = new HashMap<>();
    private final Map<TransactionRef, Deque<GatewayResult>> inquireAnswers = new HashMap<>();
    private final Map<TransactionRef, Crash> crashes = new HashMap<>();
    private final Map<TransactionRef, Integer> initiations = new HashMap<>();
    private final Map<TransactionRef, GatewayResult> truth = new HashMap<>();
    private final Set<TransactionRef> received = new HashSet<>();
    private final List<Call> calls = new ArrayList<>();

    /** The answers to the next initiations of {@code reference}, in turn. */
    public synchronized ScriptedGateway onInitiate(TransactionRef reference, GatewayResult... answers) {
        initiateAnswers.computeIfAbsent(reference, r -> new ArrayDeque<>()).addAll(Arrays.asList(answers));
        return this;
    }

    /** The answers to the next inquiries about {@code reference}, in turn. */
    public synchronized ScriptedGateway onInquire(TransactionRef reference, GatewayResult... answers) {
        inquireAnswers.computeIfAbsent(reference, r -> new ArrayDeque<>()).addAll(Arrays.asList(answers));
        return this;
    }

    /** The next initiation of {@code reference} throws {@code RuntimeException("crash")} at {@code point}. */
    public synchronized ScriptedGateway crashOnInitiate(TransactionRef reference, Crash point) {
        crashes.put(reference, point);
        return this;
    }

    @Override
    public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
        TransactionRef ref = transaction.transactionRef();
        GatewayResult answer;
        Crash crash;
        synchronized (this) {
            crash = crashes.remove(ref);
            if (crash == Crash.BEFORE_RECEIVING) {
                throw new RuntimeException("crash");
            }
            calls.add(new Call(Operation.INITIATE, ref, transaction.method()));
            received.add(ref);
            initiations.merge(ref, 1, Integer::sum);
            Deque<GatewayResult> scripted = initiateAnswers.get(ref);
            answer = scripted != null && !scripted.isEmpty() ? scripted.poll()
                    : new GatewayResult.Succeeded("gw-" + ref.value(), "{\"status\":\"SUCCESS\"}");
            remember(ref, answer);
        }
        if (crash == Crash.AFTER_RECEIVING) {
            throw new RuntimeException("crash");
        }
        return answer;
    }

    @Override
    public synchronized GatewayResult inquire(Transaction transaction) {
        TransactionRef ref = transaction.transactionRef();
        calls.add(new Call(Operation.INQUIRE, ref, transaction.method()));
        Deque<GatewayResult> scripted = inquireAnswers.get(ref);
        GatewayResult answer;
        if (scripted != null && !scripted.isEmpty()) {
            answer = scripted.poll();
        } else if (!received.contains(ref)) {
            answer = new GatewayResult.Unknown("not found", true, "{\"error\":\"NOT_FOUND\"}");
        } else {
            answer = truth.getOrDefault(ref, new GatewayResult.Succeeded("gw-" + ref.value(), "{\"status\":\"SUCCESS\"}"));
        }
        remember(ref, answer);
        return answer;
    }

    private void remember(TransactionRef ref, GatewayResult answer) {
        if (!(answer instanceof GatewayResult.Unknown)) {
            truth.put(ref, answer);
        }
    }

    public synchronized List<Call> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<Call> calls(Operation operation) {
        return calls.stream().filter(c -> c.operation() == operation).toList();
    }

    /** How many initiations of {@code reference} reached the gateway. */
    public synchronized int initiations(TransactionRef reference) {
        return initiations.getOrDefault(reference, 0);
    }

    /** Every reference the gateway received an initiation of, each once. */
    public synchronized Set<TransactionRef> receivedReferences() {
        return Set.copyOf(received);
    }

    public synchronized boolean received(TransactionRef reference) {
        return received.contains(reference);
    }
}
