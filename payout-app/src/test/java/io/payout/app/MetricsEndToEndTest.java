package io.payout.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.domain.WebhookTarget;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The business metrics of a whole application on H2, as Prometheus scrapes them from the admin port: two DUMMY
 * payouts are created (one create repeated), paid, and reported to a merchant's endpoint that fails once, and the
 * scrape counts exactly that.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class MetricsEndToEndTest {
    private static final Pattern COMMENT = Pattern.compile("# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .*");
    private static final Pattern SAMPLE = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*"
            + "(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\"(,[a-zA-Z_][a-zA-Z0-9_]*=\"([^\"\\\\]|\\\\.)*\")*})?"
            + " (NaN|[+-]Inf|-?[0-9.]+(E-?[0-9]+)?)");
    private static final Duration PAYOUT = Duration.ofSeconds(30);
    private static final String URL = CallbackApps.h2Url("metrics");
    static final DropwizardAppExtension<PayoutConfiguration> APP = CallbackApps.onH2(URL);

    private static Persistence sideDoor;
    private final HttpClient admin = HttpClient.newHttpClient();

    @BeforeAll
    static void openSideDoor() {
        sideDoor = CallbackApps.sideDoor(URL);
    }

    @AfterAll
    static void closeSideDoor() throws Exception {
        sideDoor.close();
    }

    @Test
    void paidOrdersShowInTheScrapeWithTheirCountsAndTimings() throws Exception {
        try (CallbackReceiver receiver = CallbackReceiver.start()) {
            HttpApi api = new HttpApi(APP.getLocalPort());
            CallbackMerchant merchant = CallbackMerchant.create(sideDoor, api)
                    .subscribe(sideDoor, new WebhookTarget(receiver.url("/hooks"), null, null, null));
            receiver.failNext(1);
            merchant.createOrder(CallbackOrderJson.order("metrics-1", "10.00"));
            merchant.createOrder(CallbackOrderJson.order("metrics-2", "3.00"));
            merchant.createOrder(CallbackOrderJson.order("metrics-1", "10.00"));

            merchant.awaitOrderStatus("metrics-1", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
            merchant.awaitOrderStatus("metrics-2", "FULFILLMENTS_SUCCESSFUL", PAYOUT);
            String scrape = Eventually.await("every callback delivered and counted", PAYOUT, this::scrape,
                    text -> value(text, "payout_callbacks_delivery_seconds_count{outcome=\"delivered\"}")
                            .orElse(0) >= 12);

            assertWellFormed(scrape);
            assertThat(value(scrape, "payout_orders_created_total{type=\"FULFILL_ONLY\"}")).hasValue(2);
            assertThat(value(scrape, "payout_orders_created_total{type=\"PAY_AND_FULFILL\"}")).hasValue(0);
            assertThat(value(scrape, "payout_api_requests_seconds_count{endpoint=\"OrderResource.create\","
                    + "status=\"2xx\"}")).as("the repeat is a request, not an order").hasValue(3);
            assertThat(number(scrape, "payout_api_requests_seconds_count{endpoint=\"OrderResource.status\","
                    + "status=\"2xx\"}")).isGreaterThanOrEqualTo(2);
            assertThat(value(scrape, "payout_orders_time_to_terminal_seconds_count{type=\"FULFILL_ONLY\","
                    + "status=\"FULFILLMENTS_SUCCESSFUL\"}")).hasValue(2);
            assertThat(number(scrape, "payout_orders_time_to_terminal_seconds{type=\"FULFILL_ONLY\","
                    + "status=\"FULFILLMENTS_SUCCESSFUL\",quantile=\"0.5\"}")).isPositive().isLessThan(30);
            assertThat(sum(scrape, "payout_gateway_answers_total{gateway=\"DUMMY\",method=\"DUMMY_IMPS\","
                    + "operation=\"initiate\",outcome=\"success\"}", "payout_gateway_answers_total{gateway=\"DUMMY\","
                    + "method=\"DUMMY_IMPS\",operation=\"inquire\",outcome=\"success\"}"))
                    .as("each payout was answered paid at least once").isGreaterThanOrEqualTo(2);
            assertThat(number(scrape, "payout_gateway_latency_seconds_count{gateway=\"DUMMY\",operation=\"initiate\"}"))
                    .isGreaterThanOrEqualTo(2);
            assertThat(value(scrape, "payout_callbacks_delivery_seconds_count{outcome=\"delivered\"}")).hasValue(12);
            assertThat(value(scrape, "payout_callbacks_delivery_seconds_count{outcome=\"retry_scheduled\"}"))
                    .hasValue(1);
            assertThat(value(scrape, "payout_callbacks_delivery_seconds_count{outcome=\"failed\"}")).hasValue(0);
            assertThat(value(scrape, "payout_backlog_items{queue=\"orders\"}")).isPresent();
            assertThat(value(scrape, "payout_backlog_oldest_age_seconds{queue=\"orders\"}")).isPresent();
            assertThat(value(scrape, "payout_backlog_items{queue=\"callbacks\"}")).isPresent();
            assertThat(value(scrape, "payout_backlog_oldest_age_seconds{queue=\"callbacks\"}")).isPresent();
        }
    }

    private String scrape() throws Exception {
        HttpResponse<String> response = admin.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + APP.getAdminPort() + "/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** The value of the sample written exactly as {@code sample} (name and labels). */
    private static OptionalDouble value(String scrape, String sample) {
        return scrape.lines().filter(line -> line.startsWith(sample + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(sample.length() + 1))).findFirst();
    }

    private static double number(String scrape, String sample) {
        OptionalDouble value = value(scrape, sample);
        assertThat(value).as(sample).isPresent();
        return value.getAsDouble();
    }

    private static double sum(String scrape, String... samples) {
        double total = 0;
        for (String sample : samples) {
            total += value(scrape, sample).orElse(0);
        }
        return total;
    }

    /** Every line a comment or a sample, and each family's TYPE written once. */
    private static void assertWellFormed(String scrape) {
        Set<String> typed = new HashSet<>();
        for (String line : scrape.split("\n")) {
            assertThat(COMMENT.matcher(line).matches() || SAMPLE.matcher(line).matches()).as("line <%s>", line)
                    .isTrue();
            if (line.startsWith("# TYPE ")) {
                assertThat(typed.add(line.split(" ")[2])).as("one TYPE line for %s", line).isTrue();
            }
        }
    }
}
