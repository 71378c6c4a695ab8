package io.payout.adapters.rest.callback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomHeadersTest {
    @Test
    void stringValuesAreSentInTheMerchantsOrder() {
        assertThat(CustomHeaders.parse("{\"x-tenant\":\"t1\",\"X-Api-Version\":\"2\"}"))
                .containsExactly(Map.entry("x-tenant", "t1"), Map.entry("X-Api-Version", "2"));
    }

    @Test
    void nonStringValuesAreIgnored() {
        assertThat(CustomHeaders.parse("{\"x-n\":1,\"x-b\":true,\"x-o\":{\"a\":\"b\"},\"x-null\":null,\"x-s\":\"ok\"}"))
                .containsExactly(Map.entry("x-s", "ok"));
    }

    @Test
    void headersTheSenderSetsOrThatFrameTheMessageCannotBeOverridden() {
        assertThat(CustomHeaders.parse("{\"Content-Type\":\"text/plain\",\"content-length\":\"1\",\"Host\":\"evil\","
                + "\"AUTHORIZATION\":\"Bearer x\",\"User-Agent\":\"x\",\"webhook-id\":\"x\",\"Webhook-Signature\":\"x\","
                + "\"webhook-timestamp\":\"1\",\"Transfer-Encoding\":\"chunked\",\"Connection\":\"close\","
                + "\"x-kept\":\"yes\"}"))
                .containsExactly(Map.entry("x-kept", "yes"));
    }

    @Test
    void invalidNamesAndValuesWithLineBreaksAreIgnored() {
        assertThat(CustomHeaders.parse("{\"bad name\":\"v\",\"x-inject\":\"v\\r\\nX-Evil: 1\",\"\":\"v\",\"x-ok\":\"v\"}"))
                .containsExactly(Map.entry("x-ok", "v"));
    }

    @Test
    void absentOrUnreadableTextGivesNoHeaders() {
        assertThat(CustomHeaders.parse(null)).isEmpty();
        assertThat(CustomHeaders.parse(" ")).isEmpty();
        assertThat(CustomHeaders.parse("not json")).isEmpty();
        assertThat(CustomHeaders.parse("[\"x\"]")).isEmpty();
    }
}
