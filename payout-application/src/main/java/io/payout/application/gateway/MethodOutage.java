package io.payout.application.gateway;

import io.payout.domain.MethodId;
import java.util.Objects;

/** A method that is not healthy now, and how. */
public record MethodOutage(MethodId method, OutageStatus status) {
    public MethodOutage {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(status, "status");
    }
}
