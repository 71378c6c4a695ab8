package io.payout.gateway.dummy;

import io.payout.gateway.spi.Capability;
import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.PayoutGateway;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bundled sandbox gateway {@code DUMMY} (methods {@code DUMMY_IMPS}, {@code DUMMY_NEFT}, {@code DUMMY_UPI}),
 * which behaves like Juspay's sandbox: the outcome follows from the amount and rail, and answers time out at random.
 * Nothing leaves the process and nothing survives a restart. It validates beneficiaries with Juspay's sandbox data
 * (capability {@link Capability#VALIDATE_BENEFICIARY}).
 *
 * <p>Configuration keys, all optional (a null or blank value counts as absent; unknown keys are ignored; a bad
 * value is an {@link IllegalArgumentException} naming its key):
 * <ul>
 *   <li>{@code timeout-share}: from 0 to 1, default 0.16: the share of answers lost as a timeout. A lost initiate
 *       has still been done, so the engine must find it by inquiry.</li>
 *   <li>{@code latency-ms}: whole milliseconds of 0 or more, default 0: how long every call waits before
 *       answering.</li>
 *   <li>{@code delayed-failure-after-ms}: whole milliseconds of 0 or more, default 20000: how long after acceptance
 *       a 28.00 payout turns from pending to failed.</li>
 *   <li>{@code reversal-after-ms}: whole milliseconds of 0 or more, default 20000: how long after acceptance a
 *       98.00 payout turns from succeeded to reversed.</li>
 *   <li>{@code seed}: a whole number; when set, which answers time out is reproducible.</li>
 *   <li>{@code opening-balance}: an amount of zero or more, default 9999999999.00: the sandbox account's balance
 *       before any payout ({@link io.payout.gateway.spi.Capability#BALANCES}).</li>
 * </ul>
 */
public final class DummyGatewayPlugin implements GatewayPlugin {
    public static final String GATEWAY_ID = "DUMMY";

    @Override
    public String gatewayId() {
        return GATEWAY_ID;
    }

    @Override
    public int spiMajorVersion() {
        return io.payout.gateway.spi.SpiVersion.MAJOR;
    }

    @Override
    public Set<String> rails() {
        return Arrays.stream(Rail.values()).map(Rail::name).collect(Collectors.toUnmodifiableSet());
    }

    /** Balances (the sandbox account, less what it has paid or holds) and beneficiary validation (sandbox data). */
    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.BALANCES, Capability.VALIDATE_BENEFICIARY);
    }

    @Override
    public PayoutGateway create(Map<String, String> configuration) {
        DummySettings settings = DummySettings.fromConfiguration(configuration);
        Random random = settings.seed().isPresent() ? new Random(settings.seed().getAsLong()) : new Random();
        return new DummyGateway(settings, Clock.systemUTC(), random);
    }
}
