package de.laufzettel.api;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A request whose body may not be longer than {@code max} bytes, also when it is sent without a
 * length (chunked): reading beyond fails, which the API answers as an unreadable body (400).
 */
final class LimitedBody extends HttpServletRequestWrapper {
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
                    throw new IOException("request body larger than " + max + " bytes");
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = in.read(buffer, off, len);
                if (n > 0 && (read += n) > max) {
                    throw new IOException("request body larger than " + max + " bytes");
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
