package de.laufzettel.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body may not be longer than {@code max} bytes, also when it is sent without a
 * length (chunked): reading beyond fails with {@link TooLarge}, which the API answers with 413.
 */
final class LimitedBody extends HttpServletRequestWrapper {
    /** A body longer than allowed. */
    static final class TooLarge extends IOException {
        private final long max;

        TooLarge(long max) {
            super("request body larger than " + max + " bytes");
            this.max = max;
        }

        long max() {
            return max;
        }
    }

    private final long max;

    LimitedBody(HttpServletRequest request, long max) {
        super(request);
        this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        ServletInputStream in = super.getInputStream();
        return new ServletInputStream() {
            private long read;

            @Override
            public int read() throws IOException {
                int b = in.read();
                if (b >= 0 && ++read > max) {
                    throw new TooLarge(max);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = in.read(buffer, off, len);
                if (n > 0 && (read += n) > max) {
                    throw new TooLarge(max);
                }
                return n;
            }

            @Override
            public boolean isFinished() {
                return in.isFinished();
            }

            @Override
            public boolean isReady() {
                return in.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                in.setReadListener(listener);
            }
        };
    }
}
