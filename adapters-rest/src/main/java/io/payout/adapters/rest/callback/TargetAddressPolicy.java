package io.payout.adapters.rest.callback;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which resolved addresses a callback may be posted to: public ones always; loopback ones when loopback targets are
 * allowed; every other non-public kind only when private targets are allowed (which allows loopback too). A host
 * is refused if ANY of its addresses is refused, so a name that also points inside cannot slip through.
 */
record TargetAddressPolicy(boolean allowLoopback, boolean allowPrivate) {
    boolean allows(AddressKind kind) {
        return switch (kind) {
            case PUBLIC -> true;
            case LOOPBACK -> allowLoopback || allowPrivate;
            case ANY_LOCAL, LINK_LOCAL, SITE_LOCAL, CARRIER_GRADE_NAT, UNIQUE_LOCAL, MULTICAST -> allowPrivate;
        };
    }

    /** The first refused kind among {@code addresses}; empty: all of them may be connected to. */
    Optional<AddressKind> refusedKind(List<InetAddress> addresses) {
        return addresses.stream().map(AddressKind::of).filter(kind -> !allows(kind)).findFirst();
    }
}
