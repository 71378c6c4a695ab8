package io.payout.app.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.payout.app.PayoutConfiguration;
import io.payout.app.Persistence;
import io.payout.application.callback.ConfigureWebhookService;
import io.payout.domain.InvalidInputException;
import io.payout.domain.WebhookTarget;
import io.payout.domain.attempt.EventLabel;
import io.payout.domain.callback.WebhookSubscription;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sourceforge.argparse4j.impl.Arguments;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;

/**
 * {@code merchants set-webhook --merchant-id m1 --url https://... [--username u] [--password-env VAR]
 * [--header 'Name: value']... [--labels ORDER,FULFILLMENT_ORDER] config.yml}, or {@code --clear}: where the
 * merchant's callbacks go. A fulfillment's {@code webhookDetails} still wins for that fulfillment's callbacks.
 */
class SetWebhookVerb extends MerchantVerb {
    @Override
    public String name() {
        return "set-webhook";
    }

    @Override
    public String description() {
        return "Set (or --clear) the merchant's callback URL, Basic credentials, custom headers and labels";
    }

    @Override
    public void configure(Subparser parser) {
        addMerchantIdOption(parser);
        parser.addArgument("--url").dest("url").help("the callback URL (http or https)");
        parser.addArgument("--username").dest("username").help("HTTP Basic username sent with callbacks");
        parser.addArgument("--password").dest("password")
                .help("HTTP Basic password (visible in the process list: prefer --password-env)");
        parser.addArgument("--password-env").dest("passwordEnv")
                .help("name of an environment variable holding the HTTP Basic password");
        parser.addArgument("--header").dest("headers").action(Arguments.append())
                .help("a custom header 'Name: value' sent with every callback (repeatable)");
        parser.addArgument("--labels").dest("labels")
                .help("comma-separated labels to send: ORDER, FULFILLMENT_ORDER, FULFILLMENT_TXN, REFUND, "
                        + "VALIDATION_V2 (default: all)");
        parser.addArgument("--clear").dest("clear").action(Arguments.storeTrue())
                .help("remove the configuration: no callbacks except to fulfillments' own webhookDetails");
    }

    @Override
    void run(Namespace namespace, PayoutConfiguration configuration, Persistence persistence, PrintStream out) {
        ConfigureWebhookService service = new ConfigureWebhookService(persistence.merchants());
        if (Boolean.TRUE.equals(namespace.getBoolean("clear"))) {
            service.configure(merchantId(namespace), null);
            out.println("webhook=cleared");
            return;
        }
        String url = namespace.getString("url");
        if (url == null) {
            throw new InvalidInputException("--url", "is required unless --clear is given");
        }
        WebhookTarget target = InvalidInputException.at("--url", () -> new WebhookTarget(url,
                namespace.getString("username"), password(namespace), headersJson(namespace.getList("headers"))));
        service.configure(merchantId(namespace), new WebhookSubscription(target, labels(namespace.getString("labels"))));
        out.println("webhook_url=" + target.url());
        out.println("labels=" + (namespace.getString("labels") == null ? "ALL" : namespace.getString("labels")));
    }

    private static String password(Namespace namespace) {
        String variable = namespace.getString("passwordEnv");
        if (variable == null) {
            return namespace.getString("password");
        }
        String value = System.getenv(variable);
        if (value == null) {
            throw new InvalidInputException("--password-env", "environment variable " + variable + " is not set");
        }
        return value;
    }

    private static String headersJson(List<Object> headers) {
        if (headers == null || headers.isEmpty()) {
            return null;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (Object header : headers) {
            String text = String.valueOf(header);
            int colon = text.indexOf(':');
            if (colon <= 0 || !text.substring(0, colon).trim().matches("[A-Za-z0-9!#$%&'*+.^_`|~-]+")) {
                throw new InvalidInputException("--header", "must be 'Name: value' with a valid header name");
            }
            map.put(text.substring(0, colon).trim(), text.substring(colon + 1).trim());
        }
        try {
            return new ObjectMapper().writeValueAsString(map);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<EventLabel> labels(String labels) {
        if (labels == null || labels.isBlank()) {
            return EnumSet.allOf(EventLabel.class);
        }
        return InvalidInputException.at("--labels", () -> EnumSet.copyOf(Arrays.stream(labels.split(","))
                .map(s -> EventLabel.valueOf(s.trim().toUpperCase(Locale.ROOT))).toList()));
    }
}
