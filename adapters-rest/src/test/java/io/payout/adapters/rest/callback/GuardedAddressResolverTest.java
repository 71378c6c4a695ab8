package io.payout.adapters.rest.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.junit.jupiter.api.Test;

/** The guard on what a name resolved to, with the resolution scripted (no lookup, no connection). */
class GuardedAddressResolverTest {
    private final TargetAddressPolicy publicOnly = new TargetAddressPolicy(false, false);

    @Test
    void aNameResolvingOnlyToPublicAddressesIsPassedOnUnchanged() throws Exception {
        List<InetSocketAddress> addresses = List.of(address("93.184.215.14"), address("2606:2800:21f:cb07::1"));

        assertThat(resolve(new GuardedAddressResolver(answering(addresses), publicOnly)).get()).isEqualTo(addresses);
    }

    @Test
    void aNameWithOnePrivateAddressAmongPublicOnesIsRefused() throws Exception {
        var guarded = new GuardedAddressResolver(answering(List.of(address("93.184.215.14"), address("10.1.2.3"))),
                publicOnly);

        Throwable failure = resolve(guarded).handle((ok, error) -> error).get();

        assertThat(failure).isInstanceOf(TargetRefusedException.class)
                .hasMessage("target refused: hooks.merchant.example resolves to a private (site-local) address");
    }

    @Test
    void aNameResolvingToLoopbackIsRefusedUnlessLoopbackIsAllowed() throws Exception {
        var answer = answering(List.of(address("127.0.0.1")));

        assertThat(resolve(new GuardedAddressResolver(answer, publicOnly)).handle((ok, error) -> error).get())
                .hasMessage("target refused: hooks.merchant.example resolves to a loopback address");
        assertThat(resolve(new GuardedAddressResolver(answer, new TargetAddressPolicy(true, false))).get())
                .hasSize(1);
    }

    @Test
    void aFailedResolutionStaysAFailure() throws Exception {
        SocketAddressResolver failing = (host, port, context, promise) ->
                promise.failed(new UnknownHostException(host));

        assertThat(resolve(new GuardedAddressResolver(failing, publicOnly)).handle((ok, error) -> error).get())
                .isInstanceOf(UnknownHostException.class).isNotInstanceOf(TargetRefusedException.class);
    }

    private static CompletableFuture<List<InetSocketAddress>> resolve(SocketAddressResolver resolver) {
        CompletableFuture<List<InetSocketAddress>> result = new CompletableFuture<>();
        resolver.resolve("hooks.merchant.example", 443, Map.of(), Promise.from(result::complete,
                result::completeExceptionally));
        return result;
    }

    private static SocketAddressResolver answering(List<InetSocketAddress> addresses) {
        return (host, port, context, promise) -> promise.succeeded(addresses);
    }

    private static InetSocketAddress address(String literal) throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName(literal), 443);
    }
}
