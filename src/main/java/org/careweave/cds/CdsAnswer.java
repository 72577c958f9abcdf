package org.careweave.cds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's answer from {@link CdsServer}: status, CORS headers, the JSON body, and the request's INFO log line
 * (method, path, status, milliseconds; never a body). Also Jetty's error handler, so that what HTTP itself refuses
 * is an OperationOutcome too.
 */
final class CdsAnswer {

    private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long t0 = System.nanoTime();

    CdsAnswer(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    /** Every method some route answers (HEAD on the GET routes, RFC 9110 §9.3.2): the CORS preflight's list. */
    static final String ALLOW_METHODS = "GET, HEAD, POST, OPTIONS";

    /**
     * The request headers every answer allows: a CDS client sends its access token in {@code Authorization} and the
     * JSON body's {@code Content-Type} (CDS Hooks 2.0, "Security and Safety": a browser-based client needs CORS for
     * both).
     */
    static final String ALWAYS_ALLOWED_HEADERS = "Authorization, Content-Type";

    /**
     * Seconds a browser may cache a preflight's answer ({@code Access-Control-Max-Age}): two hours, Chromium's cap
     * (Firefox caps at a day); the fetch standard's default without the header is 5 seconds.
     */
    static final int MAX_AGE = 7200;

    /** Most header names a preflight answer lists beyond {@link #ALWAYS_ALLOWED_HEADERS}; the rest are not allowed. */
    static final int MAX_REQUESTED_HEADERS = 16;

    /** Longest header name a preflight answer lists back. */
    static final int MAX_HEADER_NAME = 64;

    /** An HTTP field name: a token (RFC 9110 §5.1, §5.6.2). */
    private static final Pattern FIELD_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1," + MAX_HEADER_NAME
            + "}");

    /**
     * The {@code Access-Control-Allow-Headers} of a preflight: {@link #ALWAYS_ALLOWED_HEADERS} and each header named
     * in its {@code Access-Control-Request-Headers} that is allowed: a well-formed field name (what a browser sends:
     * lower case, comma separated, fetch standard "CORS-preflight request"), at most {@link #MAX_REQUESTED_HEADERS}
     * of them. The service reads no request header but the body's, so any well-formed name can be allowed (a CDS
     * client may add its own, such as {@code X-Request-Id}); a malformed one, or one past the limit, is not listed,
     * so the browser refuses to send it, and nothing unbounded or malformed is written back. A wildcard {@code *}
     * would not do: it never covers {@code Authorization}, and means a literal name in a request with credentials.
     */
    static String allowHeaders(String requested) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(java.util.List.of("authorization",
                "content-type"));
        java.util.List<String> out = new java.util.ArrayList<>(java.util.List.of(ALWAYS_ALLOWED_HEADERS));
        if (requested != null) {
            int extra = 0;
            for (String part : requested.split(",", MAX_REQUESTED_HEADERS * 4)) {
                String name = part.strip().toLowerCase(java.util.Locale.ROOT);
                if (extra < MAX_REQUESTED_HEADERS && FIELD_NAME.matcher(name).matches() && names.add(name)) {
                    out.add(name);
                    extra++;
                }
            }
        }
        return String.join(", ", out);
    }

    /** The {@code Allow} header of a 405: the methods the path takes. */
    private String allow;

    void allow(String methods) {
        this.allow = methods;
    }

    void send(CdsService.Response r) {
        LOG.info("{} {} -> {} in {} ms", request.getMethod(), request.getHttpURI().getPath(), r.status(),
                (System.nanoTime() - t0) / 1_000_000);
        write(r);
    }

    void failed(RuntimeException e) {
        // A bug, not the caller's fault: say so without echoing anything of the request.
        LOG.error("request failed: {}", e.getClass().getName());
        send(CdsService.outcome(500, "exception", "internal error", null));
    }

    void write(CdsService.Response r) {
        response.setStatus(r.status());
        HttpFields.Mutable h = response.getHeaders();
        h.put("Access-Control-Allow-Origin", "*");
        h.put("Access-Control-Allow-Methods", ALLOW_METHODS);
        if (request.getMethod().equals("OPTIONS")) {
            // a preflight: the headers the browser asks to send that are allowed, cached by the browser for
            // MAX_AGE (the fetch standard's default is 5 s, so without it every hook call cost a second round trip)
            h.put("Access-Control-Allow-Headers", allowHeaders(request.getHeaders().get(
                    "Access-Control-Request-Headers")));
            h.put("Access-Control-Max-Age", Integer.toString(MAX_AGE));
            // the answer depends on the request's list: a cache must not give it to another request
            h.put(HttpHeader.VARY, "Access-Control-Request-Headers");
        } else {
            h.put("Access-Control-Allow-Headers", ALWAYS_ALLOWED_HEADERS);
        }
        if (allow != null) {
            h.put(HttpHeader.ALLOW, allow);
        }
        if (r.status() == 408) {
            // the connection closes after a 408 (the request was not read whole), and RFC 9110 §15.5.9 asks the
            // server to say so
            h.put(HttpHeader.CONNECTION, "close");
        }
        if (r.json() == null) {
            response.write(true, null, callback);
            return;
        }
        byte[] bytes = r.json().getBytes(StandardCharsets.UTF_8);
        h.put(HttpHeader.CONTENT_TYPE, r.status() >= 400 ? "application/fhir+json; charset=utf-8"
                : "application/json; charset=utf-8");
        h.put(HttpHeader.CONTENT_LENGTH, Integer.toString(bytes.length));
        // HEAD: the headers GET would send, Content-Length included (RFC 9110 §9.3.2), and no body
        response.write(true, request.getMethod().equals("HEAD") ? null : ByteBuffer.wrap(bytes), callback);
    }

    /** Jetty's reasons for refusing a request are its own fixed words; anything else is not said back. */
    private static final Pattern PLAIN_REASON = Pattern.compile("[A-Za-z][A-Za-z0-9 :=,.'()-]{0,99}");

    /**
     * Jetty's error handler: a request HTTP itself refuses (a bad Content-Length, headers too large, a malformed
     * request line) and any failure, as an OperationOutcome, never Jetty's HTML page.
     */
    static boolean refused(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s : 500;
        String reason = request.getAttribute(ErrorHandler.ERROR_MESSAGE) instanceof String m ? m : "";
        Object cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION);
        CdsService.Response r;
        if (status == 505) {
            // Jetty's parser refuses a request line of HTTP/0.9, or of a version it does not know (HTTP/9.9): the
            // caller's request, not a failure here (RFC 9110 §15.6.6), so an answer and the INFO line, no ERROR
            r = CdsService.outcome(505, "not-supported", "HTTP version not supported: send HTTP/1.1 (or HTTP/1.0)",
                    null);
        } else if (status == 426) {
            // Jetty's HTTP/1 connection answers an HTTP/2.0 request line 426 "Upgrade Required" (its offer of an
            // h2c prior-knowledge upgrade when the connector has HTTP/2, which this one does not). 426 "MUST send an
            // Upgrade header field" (RFC 9110 §15.5.22) naming a protocol to switch to, and there is none to name:
            // what is refused is the version, as for HTTP/3.0 or HTTP/1.2, so 505 like them
            r = CdsService.outcome(505, "not-supported", "HTTP version not supported: this service speaks HTTP/1.1 "
                    + "(and HTTP/1.0), not HTTP/2 (no h2c upgrade or prior knowledge); send HTTP/1.1", null);
        } else if (status == 408) {
            // HeadTimeoutConnection: the request's head stalled or trickled past the timeout; its reason is ours
            r = CdsService.outcome(408, "timeout", PLAIN_REASON.matcher(reason).matches() ? reason
                    : "the request did not come whole in time", null);
        } else if (status >= 500 && clientGone(cause)) {
            // the client hung up or fell silent (after a 408, say): nothing to answer, nobody's bug, and no answer
            // to log (an INFO "-> 500" would read as a failure here)
            LOG.debug("connection ended by the client: {}", cause.getClass().getName());
            new CdsAnswer(request, response, callback).write(CdsService.outcome(500, "exception", "internal error",
                    null));
            return true;
        } else if (status >= 500) {
            // a bug, not the caller's fault: say so without echoing anything of the request
            LOG.error("request failed: {}", cause == null ? "status " + status : cause.getClass().getName());
            r = CdsService.outcome(500, "exception", "internal error", null);
        } else if (aboutContentLength(reason, request.getAttribute(ErrorHandler.ERROR_EXCEPTION))) {
            r = CdsService.outcome(status, "structure", "the Content-Length header must be the body's length in bytes"
                    + " (a whole number, 0 or more, given once)", null);
        } else {
            r = CdsService.outcome(status, status == 413 || status == 414 || status == 431 ? "too-costly"
                    : "structure", "malformed HTTP request" + (PLAIN_REASON.matcher(reason).matches() ? ": "
                    + reason : ""), null);
        }
        LOG.info("refused request -> {}", r.status());
        new CdsAnswer(request, response, callback).write(r);
        return true;
    }

    /** A failure that is the connection ending (an I/O error, an end of stream, an idle timeout), not a bug. */
    static boolean clientGone(Object failure) {
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = t.getCause()) {
            if (t instanceof java.io.IOException || t instanceof java.util.concurrent.TimeoutException) {
                return true; // Jetty's EofException is an EOFException; a reset is an IOException
            }
        }
        return false;
    }

    /**
     * Whether Jetty refused the Content-Length header: its reason says so ("Invalid Content-Length Value", a value
     * that is not a whole number), or the value is a number too large for a long. Jetty 12.1's {@code HttpParser}
     * converts the header with {@code Math.multiplyExact}/{@code addExact}, whose {@link ArithmeticException} its
     * parse loop wraps, as it wraps anything that is not an {@code HttpException}, in a 400 "Bad Request"
     * {@code BadMessageException}; that conversion is the only overflowing arithmetic on a request's head (a chunk
     * size has its own bounded check), so an {@link ArithmeticException} cause is the Content-Length. Read from the
     * failure's types, not its stack frames (which change with Jetty's method names and inlining).
     */
    static boolean aboutContentLength(String reason, Object failure) {
        if (reason.toLowerCase(java.util.Locale.ROOT).contains("content-length")) {
            return true;
        }
        for (Throwable t = failure instanceof Throwable f ? f : null; t != null; t = t.getCause()) {
            if (t instanceof ArithmeticException) {
                return true;
            }
        }
        return false;
    }
}
