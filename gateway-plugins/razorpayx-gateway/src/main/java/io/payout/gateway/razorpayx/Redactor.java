package io.payout.gateway.razorpayx;

import io.payout.gateway.spi.GatewayResult;
import java.util.List;

/** Keeps our credentials out of every result, whatever the other side echoed back. */
final class Redactor {
    static final String MASK = "[redacted]";
    private final List<String> secrets;

    Redactor(List<String> secrets) {
        this.secrets = secrets.stream().filter(secret -> secret != null && !secret.isEmpty()).toList();
    }

    String clean(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text;
        for (String secret : secrets) {
            cleaned = cleaned.replace(secret, MASK);
        }
        return cleaned;
    }

    GatewayResult clean(GatewayResult result) {
        if (result instanceof GatewayResult.Succeeded s) {
            return new GatewayResult.Succeeded(clean(s.gatewayRefId()), clean(s.rawResponse()));
        }
        if (result instanceof GatewayResult.Failed f) {
            return new GatewayResult.Failed(clean(f.responseCode()), clean(f.message()), f.category(),
                    f.retryable(), clean(f.rawResponse()));
        }
        if (result instanceof GatewayResult.Pending p) {
            return new GatewayResult.Pending(clean(p.gatewayRefId()), clean(p.rawResponse()));
        }
        GatewayResult.Unknown u = (GatewayResult.Unknown) result;
        return new GatewayResult.Unknown(clean(u.reason()), u.notFound(), clean(u.rawResponse()));
    }
}
