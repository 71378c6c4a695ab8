package io.payout.app.engine;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One engine instance's view of a gateway shared by several instances: every call goes to the same gateway, and
 * any initiation of a reference while another instance is still initiating or inquiring it is counted.
 */
final class WatchedGatewayPlugin implements GatewayPlugin {
    /** What all instances share: the gateway, who is calling it about which reference, and the violations. */
    static final class Shared {
        final PayoutGateway gateway;
        final ConcurrentMap<String, String> inFlight = new ConcurrentHashMap<>();
        final AtomicInteger overlaps = new AtomicInteger();
        final ConcurrentMap<String, Set<String>> initiatorsByRef = new ConcurrentHashMap<>();

        Shared(PayoutGateway gateway) {
            this.gateway = gateway;
        }
    }

    private final Shared shared;
    private final String instance;

    WatchedGatewayPlugin(Shared shared, String instance) {
        this.shared = shared;
        this.instance = instance;
    }

    @Override
    public String gatewayId() {
        return "DUMMY";
    }

    @Override
    public int spiMajorVersion() {
        return io.payout.gateway.spi.SpiVersion.MAJOR;
    }

    @Override
    public Set<String> rails() {
        return Set.of("IMPS", "NEFT", "UPI");
    }

    @Override
    public PayoutGateway create(Map<String, String> configuration) {
        return new PayoutGateway() {
            @Override
            public GatewayResult initiate(PayoutInstruction instruction) {
                shared.initiatorsByRef.computeIfAbsent(instruction.transactionRef(), r -> ConcurrentHashMap.newKeySet())
                        .add(instance);
                return watched(instruction.transactionRef(), () -> shared.gateway.initiate(instruction));
            }

            @Override
            public GatewayResult inquire(String transactionRef) {
                return watched(transactionRef, () -> shared.gateway.inquire(transactionRef));
            }
        };
    }

    private GatewayResult watched(String ref, java.util.function.Supplier<GatewayResult> call) {
        String other = shared.inFlight.putIfAbsent(ref, instance);
        if (other != null) {
            shared.overlaps.incrementAndGet();
            return call.get();
        }
        try {
            return call.get();
        } finally {
            shared.inFlight.remove(ref, instance);
        }
    }
}
