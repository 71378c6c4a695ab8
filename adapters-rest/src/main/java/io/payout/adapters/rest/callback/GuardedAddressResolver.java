package io.payout.adapters.rest.callback;

import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * The HTTP client's name resolution, guarded against server-side request forgery: resolves with {@code delegate},
 * then fails the connection with {@link TargetRefusedException} if any address is one the policy refuses. The
 * client connects to exactly the addresses checked here, so a DNS answer that changes between the check and the
 * connection (rebinding) cannot reach a refused address.
 */
final class GuardedAddressResolver implements SocketAddressResolver {
    private final SocketAddressResolver delegate;
    private final TargetAddressPolicy policy;

    GuardedAddressResolver(SocketAddressResolver delegate, TargetAddressPolicy policy) {
        this.delegate = delegate;
        this.policy = policy;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        delegate.resolve(host, port, context, new Promise<>() {
            @Override
            public void succeeded(List<InetSocketAddress> addresses) {
                if (addresses.isEmpty() || addresses.stream().anyMatch(InetSocketAddress::isUnresolved)) {
                    promise.failed(new UnknownHostException("no address for " + host));
                    return;
                }
                Optional<AddressKind> refused = policy.refusedKind(addresses.stream()
                        .map(InetSocketAddress::getAddress).toList());
                if (refused.isPresent()) {
                    promise.failed(new TargetRefusedException(host, refused.get()));
                } else {
                    promise.succeeded(addresses);
                }
            }

            @Override
            public void failed(Throwable failure) {
                promise.failed(failure);
            }
        });
    }
}
