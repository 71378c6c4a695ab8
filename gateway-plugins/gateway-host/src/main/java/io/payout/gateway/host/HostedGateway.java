package io.payout.gateway.host;

import io.payout.domain.MethodId;
import io.payout.domain.attempt.GatewayResult;
import io.payout.domain.beneficiary.ValidationResult;
import io.payout.gateway.spi.BeneficiaryCheck;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.Payee;
import io.payout.gateway.spi.PayoutGateway;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running gateway: its plugin's gateway, its enabled methods, and its own executor. Every call runs on that
 * executor and is awaited for at most the gateway's timeout, so a slow gateway ties up its own threads only.
 * Never throws: whatever is not a clear answer is {@link GatewayResult.Unknown}, and a call that could not be made
 * here (our own threads taken, the host closing) is {@link GatewayResult.NotSent}.
 */
final class HostedGateway {
    private static final Logger LOG = LoggerFactory.getLogger(HostedGateway.class);

    private final LoadedPlugin plugin;
    private final PayoutGateway gateway;
    private final List<MethodId> methods;
    private final Duration timeout;
    private final GatewayExecutor executor;
    private final AtomicLong timedOut = new AtomicLong();
    private final CircuitBreaker circuit;
    private final Set<Capability> capabilities;

    HostedGateway(LoadedPlugin plugin, PayoutGateway gateway, List<MethodId> methods, GatewaySettings settings,
                  CircuitBreaker circuit) {
        this.plugin = plugin;
        this.circuit = circuit;
        this.gateway = gateway;
        this.methods = List.copyOf(methods);
        this.timeout = settings.timeout();
        this.executor = new GatewayExecutor(plugin.gatewayId(), settings.maxConcurrency(),
                plugin.plugin().getClass().getClassLoader());
        this.capabilities = capabilitiesOf(plugin);
    }

    /** What the plugin says it offers beyond payouts, asked once; nothing if it fails to say. */
    private static Set<Capability> capabilitiesOf(LoadedPlugin plugin) {
        try {
            Set<Capability> declared = plugin.plugin().capabilities();
            return declared == null ? Set.of() : Set.copyOf(declared);
        } catch (RuntimeException e) {
            LOG.warn("gateway plugin {} failed to list its capabilities: {}", plugin.gatewayId(),
                    e.getClass().getName());
            return Set.of();
        }
    }

    /** Whether its plugin offers {@code capability} (a plugin that fails to say offers nothing). */
    boolean offers(Capability capability) {
        return capabilities.contains(capability);
    }

    List<MethodId> methods() {
        return methods;
    }

    /** Open and cooling down: no new transactions. */
    boolean circuitOpen() {
        return circuit.isOpen();
    }

    /**
     * Runs {@code operation} ("initiate", "inquire") about {@code transactionRef} on this gateway's executor, and
     * tells the circuit breaker how usable the answer was (not when the host is closed or the caller interrupted).
     * A {@code yielding} call (a poll of a settled transaction) is made only while at least half of the gateway's
     * threads are free; otherwise it is not sent.
     */
    GatewayResult call(String operation, String transactionRef, boolean yielding,
                       Function<PayoutGateway, io.payout.gateway.spi.GatewayResult> call) {
        if (yielding && !executor.roomForYielding() && !executor.isShutdown()) {
            LOG.debug("gateway {} {} of {} not sent: gives way to busier work", id(), operation, transactionRef);
            return new GatewayResult.NotSent("gateway busy: a settled transaction's poll gives way");
        }
        Future<GatewayResult> answer;
        try {
            answer = executor.submit(() -> ResultMapper.toDomain(call.apply(gateway)));
        } catch (RejectedExecutionException e) {
            // Not sent: our own saturation or shutdown, not the gateway failing, so the breaker is not told.
            boolean closed = executor.isShutdown();
            LOG.warn("gateway {} {} of {} not sent: {}", id(), operation, transactionRef,
                    closed ? "the gateway host is closed" : "busy");
            return new GatewayResult.NotSent(closed ? "gateway host closed" : "gateway busy");
        }
        GatewayResult result = await(operation, transactionRef, answer);
        if (!executor.isShutdown() && !Thread.currentThread().isInterrupted()) {
            circuit.record(result);
        }
        return result;
    }

    private GatewayResult await(String operation, String transactionRef, Future<GatewayResult> answer) {
        try {
            return answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            stop(answer);
            timedOut.incrementAndGet();
            LOG.warn("gateway {} {} of {} timed out after {}ms", id(), operation, transactionRef, timeout.toMillis());
            return GatewayResult.Unknown.because("timeout after " + timeout.toMillis() + "ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            LOG.warn("gateway {} {} of {} failed with {}", id(), operation, transactionRef,
                    cause.getClass().getName(), cause);
            return GatewayResult.Unknown.because("gateway error: " + cause.getClass().getName());
        } catch (InterruptedException e) {
            stop(answer);
            Thread.currentThread().interrupt();
            return GatewayResult.Unknown.because("interrupted while waiting for gateway " + id());
        }
    }

    /**
     * Asks this gateway to validate {@code payee} on its executor, awaiting at most its timeout; the circuit breaker
     * is not told (it watches payouts). Never throws: what is not a clear answer is an {@code Error}.
     */
    ValidationResult validate(Payee payee, MethodId method) {
        Future<BeneficiaryCheck> answer;
        try {
            answer = executor.submit(() -> gateway.validateBeneficiary(payee));
        } catch (RejectedExecutionException e) {
            boolean closed = executor.isShutdown();
            return new ValidationResult.Error(closed ? "gateway host closed: not sent" : "gateway busy: not sent",
                    method);
        }
        try {
            return toValidationResult(answer.get(timeout.toNanos(), TimeUnit.NANOSECONDS), method);
        } catch (TimeoutException e) {
            stop(answer);
            timedOut.incrementAndGet();
            LOG.warn("gateway {} beneficiary validation timed out after {}ms", id(), timeout.toMillis());
            return new ValidationResult.Error("timeout after " + timeout.toMillis() + "ms", method);
        } catch (ExecutionException e) {
            LOG.warn("gateway {} beneficiary validation failed with {}", id(), e.getCause().getClass().getName());
            return new ValidationResult.Error("gateway error: " + e.getCause().getClass().getName(), method);
        } catch (InterruptedException e) {
            stop(answer);
            Thread.currentThread().interrupt();
            return new ValidationResult.Error("interrupted while waiting for gateway " + id(), method);
        }
    }

    private static ValidationResult toValidationResult(BeneficiaryCheck check, MethodId method) {
        if (check instanceof BeneficiaryCheck.Valid valid) {
            return new ValidationResult.Valid(valid.nameAtBank(), method);
        }
        if (check instanceof BeneficiaryCheck.Invalid invalid) {
            return new ValidationResult.Invalid(invalid.reason(), method);
        }
        if (check instanceof BeneficiaryCheck.Error error) {
            return new ValidationResult.Error(error.reason(), method);
        }
        return new ValidationResult.Error("gateway error: no answer", method);
    }

    /**
     * The references of a webhook whose signature the plugin accepts; empty otherwise (also when the plugin throws).
     * Runs on the caller's thread: checking a signature is quick and touches no network.
     */
    java.util.Optional<List<String>> verifyWebhook(java.util.Map<String, List<String>> headers, byte[] body) {
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(plugin.plugin().getClass().getClassLoader());
        try {
            if (gateway.verifyWebhook(headers, body) instanceof io.payout.gateway.spi.WebhookVerification.Verified ok) {
                return java.util.Optional.of(ok.transactionRefs());
            }
            return java.util.Optional.empty();
        } catch (RuntimeException e) {
            LOG.warn("gateway {} failed to verify a webhook: {}", id(), e.getClass().getName());
            return java.util.Optional.empty();
        } finally {
            current.setContextClassLoader(previous);
        }
    }

    /** The circuit breaker's state now. */
    CircuitBreaker.State circuitState() {
        return circuit.state();
    }

    /**
     * Submits an operation other than initiate and inquire (balances, say) to this gateway's executor; its answer
     * is not told to the circuit breaker. Await it for at most {@link #timeout()}.
     *
     * @throws RejectedExecutionException when the gateway is busy or the host closed
     */
    <T> Future<T> submit(Function<PayoutGateway, T> operation) {
        return executor.submit(() -> operation.apply(gateway));
    }

    Duration timeout() {
        return timeout;
    }

    String gatewayId() {
        return id();
    }

    GatewayStatus status(boolean gatewayPaused, List<MethodId> pausedMethods) {
        return new GatewayStatus(id(), plugin.version(), methods, executor.inFlight(), timedOut.get(), gatewayPaused,
                pausedMethods, circuit.isOpen());
    }

    /** Stops taking calls; calls already accepted may finish. */
    void shutdown() {
        executor.shutdown();
    }

    /** Waits until {@code deadlineNanos} (of {@link System#nanoTime()}) for accepted calls, then interrupts them. */
    void awaitThenStop(long deadlineNanos) throws InterruptedException {
        try {
            executor.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } finally {
            executor.shutdownNow();
        }
    }

    private String id() {
        return plugin.gatewayId();
    }

    /** Cancels a call that is no longer awaited, interrupting it, and takes it off the queue if it waits there. */
    void stop(Future<?> answer) {
        answer.cancel(true);
        executor.remove((Runnable) answer);
    }
}
