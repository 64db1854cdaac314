package dev.tandem.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than {@code tandem.max-request-size} with 413 before it is read to the end: at
 * once when its Content-Length says so, and for a chunked body as soon as the bytes read pass the limit. Form
 * posts are parsed by Tomcat itself, whose form size limit is set to the same value. A file upload (a POST to an
 * address ending in {@code /attachments}, a meeting's {@code /recording} or {@code /transcript}, or a plan import under
 * {@code /imports/}) may carry up to {@code tandem.max-upload-size}; the module that takes the file checks its own,
 * smaller limit per file. A quality report (a POST to an address ending in {@code /quality/reports}) may carry
 * {@code tandem.quality.max-report-size} and a little more for a form's framing; the quality module refuses a report
 * over the limit itself.
 */
final class RequestSizeLimit extends OncePerRequestFilter {

    private final long defaultLimit;
    private final long uploadLimit;
    private final long reportLimit;

    RequestSizeLimit(long limit, long uploadLimit, long reportLimit) {
        this.defaultLimit = limit;
        this.uploadLimit = Math.max(limit, uploadLimit);
        this.reportLimit = Math.max(limit, reportLimit + 64 * 1024);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = isReport(request) ? reportLimit : isUpload(request) ? uploadLimit : defaultLimit;
        if (request.getContentLengthLong() > limit) {
            response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    private static boolean isUpload(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return "POST".equals(request.getMethod()) && (uri.endsWith("/attachments") || uri.endsWith("/recording")
                || uri.endsWith("/transcript") || uri.contains("/imports/"));
    }

    private static boolean isReport(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/quality/reports");
    }

    /** Reading went past the limit; {@code ApiProblems} answers it with 413. */
    static final class TooLarge extends IOException {

        TooLarge(long limit) {
            super("The request body is larger than " + limit + " bytes.");
        }
    }

    private static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream body;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (body == null) {
                body = new Counted(super.getInputStream(), limit);
            }
            return body;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            Charset charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    private static final class Counted extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private long read;

        Counted(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
                throw new TooLarge(limit);
            }
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
    }
}
