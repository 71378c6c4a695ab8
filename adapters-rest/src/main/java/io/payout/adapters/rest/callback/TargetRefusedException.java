package io.payout.adapters.rest.callback;

import java.net.UnknownHostException;

/**
 * A callback target that the address guard will not connect to: {@code target refused: <host> resolves to a
 * loopback address}. Trying again cannot help, so the callback fails at once. An {@link UnknownHostException} so
 * that the HTTP client treats it as a failed resolution.
 */
final class TargetRefusedException extends UnknownHostException {
    TargetRefusedException(String host, AddressKind kind) {
        super("target refused: " + host + " resolves to " + kind.description());
    }
}
