package io.payout.collection.expresscheckout;

import java.util.List;

/** Keeps our credentials out of every answer, whatever the other side echoed back. */
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
}
