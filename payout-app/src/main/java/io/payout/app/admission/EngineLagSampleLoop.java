package io.payout.app.admission;

import io.payout.app.loop.WakeableLoop;
import io.payout.application.admission.EngineLagGate;
import java.time.Duration;

/** Samples the engine's lag for admission control every {@code admission.sampleInterval}, on a thread of its own. */
public class EngineLagSampleLoop extends WakeableLoop {
    private final EngineLagGate gate;

    public EngineLagSampleLoop(EngineLagGate gate, Duration interval) {
        super("admission-sampler", interval);
        this.gate = gate;
    }

    @Override
    protected void round() {
        gate.sample();
    }
}
