package io.payout.adapters.rest.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class SizeCappedInputStreamTest {
    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        try (InputStream in = new SizeCappedInputStream(new ByteArrayInputStream(new byte[100]), 100)) {
            assertThat(in.readAllBytes()).hasSize(100);
        }
    }

    @Test
    void oneByteOverTheLimitFailsWithTooLarge() {
        InputStream in = new SizeCappedInputStream(new ByteArrayInputStream(new byte[101]), 100);

        assertThatThrownBy(in::readAllBytes).isInstanceOf(RequestBodyTooLargeException.class)
                .hasMessage("request body must be at most 100 bytes");
    }

    @Test
    void singleByteReadsAndSkipsCountToo() throws IOException {
        InputStream in = new SizeCappedInputStream(new ByteArrayInputStream(new byte[10]), 5);
        assertThat(in.skip(4)).isEqualTo(4);
        assertThat(in.read()).isZero();

        assertThatThrownBy(in::read).isInstanceOf(RequestBodyTooLargeException.class);
    }
}
