package io.payout.adapters.rest.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.dropwizard.core.Configuration;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.payout.adapters.rest.support.ApiClient;
import io.payout.adapters.rest.support.ApiResponse;
import io.payout.adapters.rest.support.OrderJson;
import io.payout.adapters.rest.support.TestPayoutApplication;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code GET /payout/merchant/v1/orders} on the real ListOrdersService and the in-memory store. Merchant m-list has
 * seven orders, ord-list-1 to ord-list-7, created a minute apart from {@link TestPayoutApplication#START}; 1, 2 and
 * 5 are customer cust-a's, the others cust-b's; both fulfillments of ord-list-3 are cancelled.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class ListOrdersTest {
    static final DropwizardAppExtension<Configuration> APP = new DropwizardAppExtension<>(
            TestPayoutApplication.class, ResourceHelpers.resourceFilePath(TestPayoutApplication.CONFIG));
    private static final Instant START = TestPayoutApplication.START;
    private static ApiClient api;
    private static String key;

    @BeforeAll
    static void createSevenOrdersAMinuteApart() {
        api = new ApiClient(APP.getLocalPort());
        key = app().newMerchant("m-list");
        app().clock().set(START);
        for (int i = 1; i <= 7; i++) {
            String customer = i == 1 || i == 2 || i == 5 ? "cust-a" : "cust-b";
            ApiResponse created = api.createOrder(key, OrderJson.with(OrderJson.full("ord-list-" + i), "customerId",
                    TextNode.valueOf(customer)).toString());
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            if (i == 3) {
                String id = created.json().path("id").asText();
                assertThat(api.cancel(key, id + "-f1").status()).isEqualTo(200);
                assertThat(api.cancel(key, id + "-f2").status()).isEqualTo(200);
            }
            app().clock().advance(Duration.ofMinutes(1));
        }
        String otherKey = app().newMerchant("m-list-other");
        assertThat(api.createOrder(otherKey, OrderJson.full("ord-list-other").toString()).status()).isEqualTo(200);
    }

    @Test
    void ordersComeNewestFirstEachAsTheStatusApiShowsItWithoutExpand() {
        ApiResponse response = api.listOrders(key, "");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(orderIds(response)).containsExactly("ord-list-7", "ord-list-6", "ord-list-5", "ord-list-4",
                "ord-list-3", "ord-list-2", "ord-list-1");
        assertThat(response.json().has("nextCursor")).isFalse();
        for (JsonNode listed : response.json().path("orders")) {
            JsonNode status = api.getOrder(key, listed.path("orderId").asText()).json();
            assertThat(listed).isEqualTo(status);
            assertThat(listed.path("fulfillments").get(0).has("transactions")).isFalse();
        }
    }

    @Test
    void pagesFollowNextCursorToTheLastWhichHasNone() {
        List<List<String>> pages = walk("limit=3");

        assertThat(pages).containsExactly(List.of("ord-list-7", "ord-list-6", "ord-list-5"),
                List.of("ord-list-4", "ord-list-3", "ord-list-2"), List.of("ord-list-1"));
    }

    @Test
    void aPageThatEndsExactlyAtTheLastOrderHasNoNextCursor() {
        ApiResponse all = api.listOrders(key, "limit=7");

        assertThat(orderIds(all)).hasSize(7);
        assertThat(all.json().has("nextCursor")).isFalse();
    }

    @Test
    void ordersCreatedWhilePagingNeitherShiftNorRepeatTheNextPages() {
        String pagingKey = app().newMerchant("m-list-paging");
        for (int i = 1; i <= 4; i++) {
            create(pagingKey, "ord-paging-" + i);
        }
        ApiResponse first = api.listOrders(pagingKey, "limit=2");

        create(pagingKey, "ord-paging-new-1");
        create(pagingKey, "ord-paging-new-2");
        ApiResponse second = api.listOrders(pagingKey, "limit=2&cursor=" + first.json().path("nextCursor").asText());

        assertThat(orderIds(first)).containsExactly("ord-paging-4", "ord-paging-3");
        assertThat(orderIds(second)).containsExactly("ord-paging-2", "ord-paging-1");
        assertThat(api.listOrders(pagingKey, "limit=2").json().path("orders").get(0).path("orderId").asText())
                .isEqualTo("ord-paging-new-2");
    }

    @Test
    void theLimitDefaultsTo20AndGoesUpTo100() {
        String manyKey = app().newMerchant("m-list-many");
        IntStream.rangeClosed(1, 21).forEach(i -> create(manyKey, "ord-many-" + i));

        ApiResponse byDefault = api.listOrders(manyKey, "");
        ApiResponse hundred = api.listOrders(manyKey, "limit=100");

        assertThat(orderIds(byDefault)).hasSize(20).startsWith("ord-many-21");
        assertThat(byDefault.json().path("nextCursor").asText()).isNotBlank();
        assertThat(orderIds(hundred)).hasSize(21);
        assertThat(hundred.json().has("nextCursor")).isFalse();
    }

    @Test
    void statusFiltersTakeOneStatusOrSeveralCommaSeparatedOrRepeated() {
        assertThat(orderIds(api.listOrders(key, "status=FULFILLMENTS_CANCELLED"))).containsExactly("ord-list-3");
        assertThat(orderIds(api.listOrders(key, "status=FULFILLMENTS_CANCELLED,FULFILLMENTS_FAILURE")))
                .containsExactly("ord-list-3");
        assertThat(orderIds(api.listOrders(key, "status=FULFILLMENTS_CANCELLED&status=READY_FOR_FULFILLMENT")))
                .hasSize(7);
        assertThat(orderIds(api.listOrders(key, "status=READY_FOR_FULFILLMENT&limit=2")))
                .containsExactly("ord-list-7", "ord-list-6");
        assertThat(orderIds(api.listOrders(key, "status=FULFILLMENTS_SUCCESSFUL"))).isEmpty();
    }

    @Test
    void customerIdFiltersExactly() {
        assertThat(orderIds(api.listOrders(key, "customerId=cust-a")))
                .containsExactly("ord-list-5", "ord-list-2", "ord-list-1");
        assertThat(orderIds(api.listOrders(key, "customerId=cust"))).isEmpty();
    }

    @Test
    void createdFromIsInclusiveAndCreatedToExclusive() {
        String range = "createdFrom=" + minute(2) + "&createdTo=" + minute(5);

        assertThat(orderIds(api.listOrders(key, range))).containsExactly("ord-list-5", "ord-list-4", "ord-list-3");
        assertThat(orderIds(api.listOrders(key, "createdFrom=" + minute(6)))).containsExactly("ord-list-7");
        assertThat(orderIds(api.listOrders(key, "createdTo=" + minute(1)))).containsExactly("ord-list-1");
    }

    @Test
    void createdBoundsMayCarryAnOffset() {
        String offset = encode(START.plus(Duration.ofMinutes(6)).atOffset(java.time.ZoneOffset.ofHoursMinutes(5, 30))
                .toString());

        assertThat(orderIds(api.listOrders(key, "createdFrom=" + offset))).containsExactly("ord-list-7");
    }

    @Test
    void filtersCombineAndPagesKeepThem() {
        List<List<String>> pages = walk("customerId=cust-b&status=READY_FOR_FULFILLMENT&createdFrom=" + minute(1)
                + "&limit=1");

        assertThat(pages).containsExactly(List.of("ord-list-7"), List.of("ord-list-6"), List.of("ord-list-4"));
    }

    @Test
    void aCursorUsedWithOtherFiltersIs400E01NamingCursor() {
        String cursor = api.listOrders(key, "limit=2&customerId=cust-b").json().path("nextCursor").asText();

        ApiResponse other = api.listOrders(key, "limit=2&customerId=cust-a&cursor=" + cursor);
        ApiResponse none = api.listOrders(key, "limit=2&cursor=" + cursor);
        ApiResponse same = api.listOrders(key, "limit=5&customerId=cust-b&cursor=" + cursor);

        assertThat(other.status()).isEqualTo(400);
        assertThat(other.errorCode()).isEqualTo("E01");
        assertThat(other.errorMessage()).startsWith("cursor: was made for other filters");
        assertThat(none.errorMessage()).startsWith("cursor: was made for other filters");
        assertThat(orderIds(same)).containsExactly("ord-list-4", "ord-list-3");
    }

    @Test
    void theSameFiltersWrittenAnotherWayKeepTheCursorValid() {
        String cursor = api.listOrders(key, "limit=1&status=READY_FOR_FULFILLMENT,FULFILLMENTS_CANCELLED")
                .json().path("nextCursor").asText();

        ApiResponse next = api.listOrders(key,
                "limit=1&status=FULFILLMENTS_CANCELLED&status=READY_FOR_FULFILLMENT&cursor=" + cursor);

        assertThat(orderIds(next)).containsExactly("ord-list-6");
    }

    @Test
    void aTamperedOrForeignCursorIs400E01NamingCursor() {
        String cursor = api.listOrders(key, "limit=2").json().path("nextCursor").asText();
        String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        String earlier = Base64.getUrlEncoder().withoutPadding().encodeToString(
                decoded.replaceFirst("\\|(\\d)", "|9").getBytes(StandardCharsets.UTF_8));
        List<String> bad = List.of(flip(cursor, 5), cursor.substring(0, cursor.length() - 2), earlier, "abc",
                "not*base64", "x".repeat(300), Base64.getUrlEncoder().encodeToString("1|2|3".getBytes()));

        for (String tampered : bad) {
            ApiResponse response = api.listOrders(key, "limit=2&cursor=" + encode(tampered));
            assertThat(response.status()).as(tampered).isEqualTo(400);
            assertThat(response.errorCode()).isEqualTo("E01");
            assertThat(response.errorMessage()).as(tampered).startsWith("cursor: is not a cursor of this API");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "limit=0 | limit: ",
        "limit=101 | limit: ",
        "limit=abc | limit: must be a whole number from 1 to 100",
        "limit=-1 | limit: ",
        "limit=2.5 | limit: ",
        "status=DONE | status: must be one of CREATED, READY_FOR_FULFILLMENT",
        "status=READY_FOR_FULFILLMENT,done | status: ",
        "status=ready_for_fulfillment | status: ",
        "createdFrom=yesterday | createdFrom: must be an ISO-8601 instant",
        "createdFrom=2024-01-15 | createdFrom: ",
        "createdTo=2024-13-01T00:00:00Z | createdTo: ",
        "createdFrom=2024-01-15T10:05:00Z&createdTo=2024-01-15T10:05:00Z | createdTo: must be after createdFrom",
        "customerId=%01ab | customerId: ",
    })
    void aBadParameterIs400E01NamingIt(String query, String messageStart) {
        ApiResponse response = api.listOrders(key, query);

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.errorCode()).isEqualTo("E01");
        assertThat(response.errorMessage()).startsWith(messageStart.strip());
    }

    @Test
    void emptyParametersCountAsNotSent() {
        assertThat(orderIds(api.listOrders(key, "status=&customerId=&createdFrom=&createdTo=&limit=&cursor=")))
                .hasSize(7);
    }

    @Test
    void anotherMerchantSeesOnlyItsOwnOrders() {
        String otherKey = app().newMerchant("m-list-stranger");

        assertThat(orderIds(api.listOrders(otherKey, ""))).isEmpty();
        assertThat(orderIds(api.listOrders(otherKey, "customerId=cust-a"))).isEmpty();
    }

    @Test
    void listingNeedsTheApiKeyOfTheMerchantNamedInXMerchantId() {
        ApiResponse noKey = api.send(api.request(ApiClient.ORDERS).GET().build());
        ApiResponse wrongKey = api.listOrders("f".repeat(64), "");
        ApiResponse otherMerchant = api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header("x-merchantid", "m-list-other").GET().build());
        ApiResponse sameMerchant = api.send(api.request(ApiClient.ORDERS).header("Authorization", ApiClient.basic(key))
                .header("x-merchantid", "m-list").GET().build());

        assertThat(noKey.status()).isEqualTo(401);
        assertThat(noKey.errorCode()).isEqualTo("E04");
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.errorCode()).isEqualTo("E02");
        assertThat(otherMerchant.status()).isEqualTo(403);
        assertThat(otherMerchant.errorCode()).isEqualTo("E08");
        assertThat(orderIds(sameMerchant)).hasSize(7);
    }

    private static void create(String apiKey, String orderId) {
        app().clock().advance(Duration.ofSeconds(1));
        assertThat(api.createOrder(apiKey, OrderJson.full(orderId).toString()).status()).isEqualTo(200);
    }

    /** Every page of the listing with {@code query}, following nextCursor. */
    private static List<List<String>> walk(String query) {
        List<List<String>> pages = new ArrayList<>();
        ApiResponse page = api.listOrders(key, query);
        pages.add(orderIds(page));
        while (page.json().has("nextCursor")) {
            page = api.listOrders(key, query + "&cursor=" + page.json().path("nextCursor").asText());
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            pages.add(orderIds(page));
        }
        return pages;
    }

    private static List<String> orderIds(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return StreamSupport.stream(response.json().path("orders").spliterator(), false)
                .map(order -> order.path("orderId").asText()).toList();
    }

    private static String minute(int minutes) {
        return encode(START.plus(Duration.ofMinutes(minutes)).toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String flip(String text, int index) {
        char c = text.charAt(index);
        return text.substring(0, index) + (c == 'A' ? 'B' : 'A') + text.substring(index + 1);
    }

    private static TestPayoutApplication app() {
        return APP.getApplication();
    }
}
