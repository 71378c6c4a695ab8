package io.payout.gateway.dummy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * What the sandbox does with a payout, chosen by its amount (compared exactly) and rail, as Juspay's sandbox does:
 * the status before and after an optional delay since acceptance.
 */
enum Scenario {
    /** 21.00 or 22.00 on any rail. */
    PENDING_FOREVER(SandboxStatus.PENDING, SandboxStatus.PENDING),
    /** 23.00 or 24.00 on any rail: the first initiate of a reference is answered 404 and not recorded. */
    NOT_FOUND_FIRST(SandboxStatus.SUCCESS, SandboxStatus.SUCCESS),
    /** 28.00 on any rail: pending, then failed once {@code delayed-failure-after-ms} have passed. */
    DELAYED_FAILURE(SandboxStatus.PENDING, SandboxStatus.DELAYED_FAILURE),
    /** 98.00 on any rail: paid, then reversed once {@code reversal-after-ms} have passed. */
    REVERSAL(SandboxStatus.SUCCESS, SandboxStatus.REVERSED),
    /** Any other amount up to the rail's limit. */
    PAID(SandboxStatus.SUCCESS, SandboxStatus.SUCCESS),
    /** Any other amount above the rail's limit. */
    REFUSED(SandboxStatus.FAILED, SandboxStatus.FAILED);

    private final SandboxStatus before;
    private final SandboxStatus after;

    Scenario(SandboxStatus before, SandboxStatus after) {
        this.before = before;
        this.after = after;
    }

    static Scenario of(BigDecimal amount, Rail rail) {
        if (isOneOf(amount, "21", "22")) {
            return PENDING_FOREVER;
        }
        if (isOneOf(amount, "23", "24")) {
            return NOT_FOUND_FIRST;
        }
        if (isOneOf(amount, "28")) {
            return DELAYED_FAILURE;
        }
        if (isOneOf(amount, "98")) {
            return REVERSAL;
        }
        return rail.pays(amount) ? PAID : REFUSED;
    }

    /** How long after acceptance the status turns from {@code before} to {@code after}, if it ever does. */
    Optional<Duration> changeAfter(DummySettings settings) {
        return switch (this) {
            case DELAYED_FAILURE -> Optional.of(settings.delayedFailureAfter());
            case REVERSAL -> Optional.of(settings.reversalAfter());
            case PENDING_FOREVER, NOT_FOUND_FIRST, PAID, REFUSED -> Optional.empty();
        };
    }

    SandboxStatus statusBeforeChange() {
        return before;
    }

    SandboxStatus statusAfterChange() {
        return after;
    }

    private static boolean isOneOf(BigDecimal amount, String... candidates) {
        for (String candidate : candidates) {
            if (amount.compareTo(new BigDecimal(candidate)) == 0) {
                return true;
            }
        }
        return false;
    }
}
