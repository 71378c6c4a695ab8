package io.payout.gateway.host;

import io.payout.gateway.spi.GatewayPlugin;
import io.payout.gateway.spi.GatewayResult;
import io.payout.gateway.spi.PayoutGateway;
import io.payout.gateway.spi.PayoutInstruction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A test plugin that answers every call with {@code answer} (which may sleep or throw), records the instructions
 * and configuration it was given, and counts the calls it saw interrupted.
 */
class ScriptedPlugin implements GatewayPlugin {
    final List<PayoutInstruction> instructions = new CopyOnWriteArrayList<>();
    final List<String> inquiries = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> configurations = new CopyOnWriteArrayList<>();
    final AtomicInteger interrupted = new AtomicInteger();
    private final String id;
    private final Set<String> rails;
    private final Function<String, GatewayResult> answer;

    ScriptedPlugin(String id, Set<String> rails, Function<String, GatewayResult> answer) {
        this.id = id;
        this.rails = rails;
        this.answer = answer;
    }

    static ScriptedPlugin answering(String id, GatewayResult result) {
        return new ScriptedPlugin(id, Set.of("IMPS"), ref -> result);
    }

    static ScriptedPlugin sleeping(String id, Duration latency) {
        ScriptedPlugin[] self = new ScriptedPlugin[1];
        self[0] = new ScriptedPlugin(id, Set.of("IMPS"), ref -> {
            try {
                Thread.sleep(latency.toMillis());
                return new GatewayResult.Succeeded("late-" + ref, null);
            } catch (InterruptedException e) {
                self[0].interrupted.incrementAndGet();
                Thread.currentThread().interrupt();
                return new GatewayResult.Unknown("interrupted", false, null);
            }
        });
        return self[0];
    }

    /** Every call waits until {@code release} is counted down (or the call is interrupted), then succeeds. */
    static ScriptedPlugin blocking(String id, CountDownLatch release) {
        return new ScriptedPlugin(id, Set.of("IMPS"), ref -> {
            try {
                release.await();
                return new GatewayResult.Succeeded("released-" + ref, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new GatewayResult.Unknown("interrupted", false, null);
            }
        });
    }

    static ScriptedPlugin throwing(String id, RuntimeException failure) {
        return new ScriptedPlugin(id, Set.of("IMPS"), ref -> {
            throw failure;
        });
    }

    @Override
    public int spiMajorVersion() {
        return io.payout.gateway.spi.SpiVersion.MAJOR;
    }

    @Override
    public String gatewayId() {
        return id;
    }

    @Override
    public Set<String> rails() {
        return rails;
    }

    @Override
    public PayoutGateway create(Map<String, String> configuration) {
        configurations.add(configuration);
        return new PayoutGateway() {
            @Override
            public GatewayResult initiate(PayoutInstruction instruction) {
                instructions.add(instruction);
                return answer.apply(instruction.transactionRef());
            }

            @Override
            public GatewayResult inquire(String transactionRef) {
                inquiries.add(transactionRef);
                return answer.apply(transactionRef);
            }
        };
    }
}
