package io.payout.gateway.host;

import io.payout.application.NotFoundException;
import io.payout.application.gateway.GatewayBalances;
import io.payout.application.gateway.MethodOutage;
import io.payout.application.gateway.port.GatewayBalancesPort;
import io.payout.application.gateway.port.GatewayOutagePort;
import io.payout.application.operator.port.RoutingControlPort;
import io.payout.application.beneficiary.port.ValidateBeneficiaryPort;
import io.payout.domain.Beneficiary;
import io.payout.domain.beneficiary.ValidationResult;
import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.Payee;
import io.payout.application.engine.port.GatewayWebhookPort;
import io.payout.domain.TransactionRef;
import java.util.Map;
import java.util.Optional;

import io.payout.application.engine.port.PayoutGatewayPort;
import io.payout.application.engine.port.PayoutMethodsPort;
import io.payout.domain.Fulfillment;
import io.payout.domain.MethodId;
import io.payout.domain.Transaction;
import io.payout.domain.attempt.GatewayResult;
import io.payout.gateway.spi.PayoutInstruction;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The engine's gateways: the configured and enabled ones, each run by its plugin on its own bounded executor with
 * its own timeout (see {@link HostedGateway}). Calls never throw and never take much longer than the gateway's
 * timeout. {@link #close()} stops the executors and then closes the plugins' class loaders.
 *
 * <p>Routing controls: a gateway or one method may be paused ({@link #applyPauses} with what operators saved, or
 * {@link #pause(String)} and {@link #resume(String)} on this instance alone), and each gateway has a circuit breaker (see {@link CircuitBreaker}). A paused or circuit-open method leaves
 * {@link #enabledMethods()}, so it gets no new transactions; inquiries go on as before.
 *
 * <p>Beneficiary validation ({@link #validate}) goes to a gateway whose plugin declares
 * {@link Capability#VALIDATE_BENEFICIARY} and that could pay the payee now (a method of the payee's kind enabled, not
 * paused, circuit not open), in configuration order.
 */
public final class GatewayHost implements PayoutGatewayPort, PayoutMethodsPort, GatewayWebhookPort, GatewayBalancesPort,
        GatewayOutagePort, ValidateBeneficiaryPort, RoutingControlPort, AutoCloseable {
    private final LoadedPlugins plugins;
    private final Pauses pauses = new Pauses();
    private final Map<String, HostedGateway> gateways;
    private final List<MethodId> enabledMethods;
    private final Duration longestTimeout;
    private final Clock clock;

    /**
     * Starts the gateways {@code settings} enable, in that order. Refuses (with an {@link IllegalStateException}
     * naming the gateway) a configured gateway without a plugin, a rail its plugin does not have, and settings the
     * plugin refuses; {@link IllegalArgumentException} when a gateway is configured twice. Takes over
     * {@code plugins}: closing the host closes them, and so does a refusal.
     */
    public GatewayHost(LoadedPlugins plugins, List<GatewaySettings> settings) {
        this(plugins, settings, Clock.systemUTC());
    }

    /** As {@link #GatewayHost(LoadedPlugins, List)}, with the clock the circuit breakers' cool-downs run on. */
    public GatewayHost(LoadedPlugins plugins, List<GatewaySettings> settings, Clock clock) {
        this.plugins = plugins;
        this.clock = clock;
        try {
            this.gateways = new GatewayStarter(plugins, clock).start(settings);
        } catch (RuntimeException e) {
            plugins.close();
            throw e;
        }
        this.enabledMethods = gateways.values().stream().flatMap(gateway -> gateway.methods().stream()).toList();
        this.longestTimeout = settings.stream().map(GatewaySettings::timeout).max(Duration::compareTo)
                .orElse(Duration.ZERO);
    }

    /** The methods that may get new transactions now: enabled, not paused, their gateway's circuit not open. */
    @Override
    public List<MethodId> enabledMethods() {
        return enabledMethods.stream().filter(this::isAvailable).toList();
    }

    @Override
    public boolean isAvailable(MethodId method) {
        return enabledMethods.contains(method) && !pauses.paused(method)
                && !gateways.get(method.gateway()).circuitOpen();
    }

    /** Every enabled method of the running gateways, paused or not, circuit open or not. */
    @Override
    public List<MethodId> configuredMethods() {
        return enabledMethods;
    }

    /**
     * Pauses a running gateway ({@code DUMMY}) or one of its enabled methods ({@code DUMMY_IMPS}): no new
     * transactions until {@link #resume(String)}. Returns whether it was running before. Not logged here: the
     * caller (an operator's task) logs who asked.
     *
     * @throws IllegalArgumentException naming {@code gatewayOrMethod} when it is neither
     */
    public boolean pause(String gatewayOrMethod) {
        boolean changed = isGateway(gatewayOrMethod) ? pauses.pauseGateway(gatewayOrMethod)
                : pauses.pauseMethod(method(gatewayOrMethod));
        return changed;
    }

    /**
     * Resumes what {@link #pause(String)} paused; a method of a paused gateway stays paused until the gateway is
     * resumed. Returns whether it was paused before.
     *
     * @throws IllegalArgumentException naming {@code gatewayOrMethod} when it is neither
     */
    public boolean resume(String gatewayOrMethod) {
        boolean changed = isGateway(gatewayOrMethod) ? pauses.resumeGateway(gatewayOrMethod)
                : pauses.resumeMethod(method(gatewayOrMethod));
        return changed;
    }

    /**
     * Makes exactly {@code names} paused (gateway ids and method names; others are ignored, as this instance may not
     * run a plugin another one does): what the operators' saved pauses say.
     */
    @Override
    public void applyPauses(Set<String> names) {
        pauses.replace(names.stream().filter(this::isGateway).collect(Collectors.toSet()),
                names.stream().filter(this::isMethod).map(MethodId::new).collect(Collectors.toSet()));
    }

    /** Whether {@code name} is the id of a running gateway. */
    @Override
    public boolean isGateway(String name) {
        return name != null && gateways.containsKey(name);
    }

    /** Whether {@code name} is an enabled method of a running gateway. */
    @Override
    public boolean isMethod(String name) {
        return name != null && enabledMethods.stream().anyMatch(m -> m.value().equals(name));
    }

    private MethodId method(String name) {
        if (!isMethod(name)) {
            throw new IllegalArgumentException("'" + name + "' is neither a running gateway nor one of its methods");
        }
        return new MethodId(name);
    }

    /**
     * Sends a new transaction; a paused or circuit-open method answers {@code NotSent} (the
     * engine asks the router first, so this is a safety net).
     */
    @Override
    public GatewayResult initiate(Fulfillment fulfillment, Transaction transaction) {
        MethodId method = transaction.method();
        if (!enabledMethods.contains(method)) {
            return notEnabled(method);
        }
        if (!isAvailable(method)) {
            return new GatewayResult.NotSent("method " + method + " is paused");
        }
        PayoutInstruction instruction = InstructionMapper.toInstruction(fulfillment, transaction);
        return gateways.get(method.gateway()).call("initiate", instruction.transactionRef(), false,
                gateway -> gateway.initiate(instruction));
    }

    /**
     * Asks the transaction's gateway; a rail left out of the gateway's enabled rails may still be asked about, so
     * that attempts made before it was left out can be settled. A poll of a settled transaction (watching for a
     * reversal) gives way to initiations and polls of open transactions when the gateway's threads are half taken.
     */
    @Override
    public GatewayResult inquire(Transaction transaction) {
        MethodId method = transaction.method();
        HostedGateway gateway = gateways.get(method.gateway());
        if (gateway == null) {
            return notEnabled(method);
        }
        String ref = transaction.transactionRef().value();
        return gateway.call("inquire", ref, transaction.isSettled(), plugin -> plugin.inquire(ref));
    }

    @Override
    public Optional<List<TransactionRef>> verifyWebhook(String gatewayId, Map<String, List<String>> headers,
                                                        byte[] body) {
        HostedGateway gateway = gateways.get(gatewayId);
        if (gateway == null) {
            throw new NotFoundException("no gateway " + gatewayId + " runs here");
        }
        return gateway.verifyWebhook(headers, body).map(refs -> refs.stream()
                .filter(ref -> ref != null && ref.matches("[A-Za-z0-9_\\-]{1,64}")).map(TransactionRef::new).toList());
    }

    /**
     * Validates the payee ({@code beneficiary}'s, resolved) through the first running gateway, in configuration
     * order, that offers validation and has an available method of the payee's kind (UPI for a VPA, IMPS or else
     * another rail for a bank account), or through {@code gatewayId} only. The answer names that method. No such
     * gateway now is an {@code Error} without a method.
     */
    @Override
    public ValidationResult validate(Beneficiary beneficiary, String gatewayId) {
        Payee payee = InstructionMapper.toPayee(beneficiary);
        boolean upi = payee instanceof Payee.Vpa;
        for (Map.Entry<String, HostedGateway> entry : gateways.entrySet()) {
            HostedGateway gateway = entry.getValue();
            if ((gatewayId != null && !gatewayId.equals(entry.getKey()))
                    || !gateway.offers(Capability.VALIDATE_BENEFICIARY)) {
                continue;
            }
            Optional<MethodId> method = gateway.methods().stream().filter(this::isAvailable)
                    .filter(m -> m.rail().equals("UPI") == upi)
                    .min(Comparator.comparing(m -> m.rail().equals("IMPS") ? 0 : 1));
            if (method.isPresent()) {
                return gateway.validate(payee, method.get());
            }
        }
        String kind = upi ? "a VPA" : "a bank account";
        return new ValidationResult.Error(gatewayId == null
                ? "no gateway can validate " + kind + " now (none running offers validation with a method for it)"
                : "gateway " + gatewayId + " cannot validate " + kind + " now (not running, no validation, or no "
                        + "available method for it)", null);
    }

    /** One entry per running gateway, in configuration order. */
    public List<GatewayStatus> status() {
        return gateways.entrySet().stream().map(entry -> entry.getValue().status(pauses.gatewayPaused(entry.getKey()),
                entry.getValue().methods().stream().filter(pauses::paused).toList())).toList();
    }

    /** Each gateway offering balances asked at once, each within its own timeout (see {@link HostedBalances}). */
    @Override
    public List<GatewayBalances> balances() {
        return HostedBalances.ask(gateways.values(), clock);
    }

    /** Paused or circuit-open methods are down, those of a half-open or failing gateway fluctuate. */
    @Override
    public List<MethodOutage> outages() {
        return HostedOutages.of(gateways.values(), pauses);
    }

    /**
     * Stops taking calls, gives the calls already accepted up to the longest gateway timeout to finish, interrupts
     * the rest, and closes the plugins.
     */
    @Override
    public void close() {
        gateways.values().forEach(HostedGateway::shutdown);
        long deadline = System.nanoTime() + longestTimeout.toNanos();
        try {
            for (HostedGateway gateway : gateways.values()) {
                gateway.awaitThenStop(deadline);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            plugins.close();
        }
    }

    private static GatewayResult notEnabled(MethodId method) {
        return GatewayResult.Unknown.because("method " + method + " is not enabled");
    }
}
