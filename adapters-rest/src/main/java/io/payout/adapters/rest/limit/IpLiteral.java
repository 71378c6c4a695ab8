package io.payout.adapters.rest.limit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An IP address written as a literal ({@code 203.0.113.7}, {@code 2001:db8::1}, {@code [2001:db8::1]}), read without
 * ever asking DNS: the text may come from a request header, so a host name must never be looked up. Anything else
 * (names, zone ids, ports, garbage) is not an address.
 */
final class IpLiteral {
    private static final int MAX_LENGTH = 64;
    private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private IpLiteral() {
    }

    static Optional<InetAddress> parse(String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String literal = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        Matcher v4 = V4.matcher(literal);
        if (v4.matches()) {
            return v4(v4);
        }
        if (!V6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            // Brackets make the JDK read it as an IPv6 literal or fail; it never resolves a bracketed name.
            return Optional.of(InetAddress.getByName("[" + literal + "]"));
        } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    private static Optional<InetAddress> v4(Matcher octets) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
            int octet = Integer.parseInt(octets.group(i + 1));
            if (octet > 255) {
                return Optional.empty();
            }
            bytes[i] = (byte) octet;
        }
        try {
            return Optional.of(InetAddress.getByAddress(bytes));
        } catch (UnknownHostException impossible) {
            return Optional.empty();
        }
    }
}
