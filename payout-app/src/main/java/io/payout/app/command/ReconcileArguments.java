package io.payout.app.command;

import io.payout.application.reconcile.ReconcileRequest;
import io.payout.domain.InvalidInputException;
import io.payout.domain.MerchantId;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/** The options of {@code reconcile}, and the request they make; errors name the option. */
final class ReconcileArguments {
    private static final String FROM = "from";
    private static final String TO = "to";
    private static final String MERCHANT_ID = "merchantId";

    private ReconcileArguments() {
    }

    static void configure(Subparser parser) {
        parser.addArgument("--from").dest(FROM).required(true)
                .help("transactions created at or after this instant, e.g. 2024-05-01T00:00:00Z");
        parser.addArgument("--to").dest(TO).required(true)
                .help("transactions created before this instant, e.g. 2024-05-02T00:00:00Z");
        parser.addArgument("--merchant-id").dest(MERCHANT_ID).help("only this merchant's transactions");
    }

    static ReconcileRequest request(Namespace namespace) {
        Instant from = instant("--from", namespace.getString(FROM));
        Instant to = instant("--to", namespace.getString(TO));
        String merchant = namespace.getString(MERCHANT_ID);
        MerchantId merchantId = merchant == null ? null
                : InvalidInputException.at("--merchant-id", () -> new MerchantId(merchant));
        try {
            return new ReconcileRequest(from, to, merchantId);
        } catch (InvalidInputException e) {
            throw new InvalidInputException("--" + e.field(), e.reason().replace("from", "--from"));
        }
    }

    private static Instant instant(String option, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(option, "must be an instant such as 2024-05-01T00:00:00Z, not " + value);
        }
    }
}
