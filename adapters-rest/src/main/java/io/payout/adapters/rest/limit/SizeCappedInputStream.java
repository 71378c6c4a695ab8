package io.payout.adapters.rest.limit;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Passes a request body through, failing as soon as more than {@code maxBytes} have been read. */
final class SizeCappedInputStream extends FilterInputStream {
    private final long maxBytes;
    private long count;

    SizeCappedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws RequestBodyTooLargeException {
        count += n;
        if (count > maxBytes) {
            throw new RequestBodyTooLargeException(maxBytes);
        }
    }
}
