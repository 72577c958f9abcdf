package org.careweave.cds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of {@link CdsService}, on the JDK's own {@code com.sun.net.httpserver} (no server dependency; a
 * fixed pool of worker threads). Routes: {@code GET /cds-services} (discovery), {@code POST /cds-services/{id}}
 * (a hook call), {@code GET /health} ({@code {"status":"UP","rules":"sha256:..."}}), {@code OPTIONS} for browser
 * clients (CORS). Bodies over 10 MiB get 413 (a Content-Length over it before any of the body is read, a chunked
 * body once 10 MiB have come); an unknown path 404; a wrong method 405; every error body is a FHIR OperationOutcome.
 * A client that takes longer than {@link #DEFAULT_TIMEOUT_SECONDS} to send its whole request (headers and body) is
 * disconnected, so slow clients cannot hold the worker threads: the JDK server's
 * {@code sun.net.httpserver.maxReqTime}, set here unless already set (read once per JVM, when its first HTTP server
 * starts). Its {@code maxRspTime} is left unset: it would count the planning too, which has its own time limit.
 *
 * <p>The log has one INFO line per request: method, path, status and milliseconds. Never a body, a patient id or
 * a card. {@link #close()} stops accepting, lets requests in flight finish (up to 1 s) and ends the worker threads.
 */
public final class CdsServer implements AutoCloseable {

    /**
     * Largest request body read, in bytes (10 MiB): the largest FHIR bundle careweave reads
     * ({@link org.careweave.fhir.FhirCaseReader#MAX_BUNDLE_BYTES}, 8 MiB) and room for the request around its
     * prefetch (searchset Bundles, context, draft orders).
     */
    public static final int MAX_BODY = 10 * 1024 * 1024;

    /** Seconds a client has to send a whole request, unless the JVM says otherwise. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 20;

    static {
        requestTimeout(DEFAULT_TIMEOUT_SECONDS, false);
    }

    private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final CdsService service;
    private final HttpServer http;
    private final ExecutorService workers;

    private CdsServer(CdsService service, HttpServer http, ExecutorService workers) {
        this.service = service;
        this.http = http;
        this.workers = workers;
    }

    /**
     * Starts a server.
     *
     * @param service the service to answer with
     * @param host    interface to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
     * @param port    TCP port; 0 picks a free one (see {@link #port()})
     * @param threads worker threads (requests served at once)
     * @return the running server; close it to stop
     * @throws IOException when the address cannot be bound
     */
    public static CdsServer start(CdsService service, String host, int port, int threads) throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(host, port), 64);
        int n = SERVERS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "careweave-cds-" + n + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService workers = Executors.newFixedThreadPool(threads, factory);
        http.setExecutor(workers);
        CdsServer server = new CdsServer(service, http, workers);
        http.createContext("/", server::handle);
        http.start();
        return server;
    }

    /**
     * Sets how long a client may take to send a whole request, for the HTTP servers of this JVM; it has an effect
     * only before the first one starts (the JDK reads it once). {@code careweave serve --timeout} calls it.
     *
     * @param seconds  at least 1
     * @param override false keeps a value already given ({@code -Dsun.net.httpserver.maxReqTime=...})
     */
    public static void requestTimeout(int seconds, boolean override) {
        if (override || System.getProperty("sun.net.httpserver.maxReqTime") == null) {
            System.setProperty("sun.net.httpserver.maxReqTime", Integer.toString(seconds));
        }
    }

    /**
     * The port the server listens on.
     *
     * @return the TCP port (the one chosen when started with port 0)
     */
    public int port() {
        return http.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        long t0 = System.nanoTime();
        int status = 500;
        try {
            String method = ex.getRequestMethod();
            String path = ex.getRequestURI().getPath();
            CdsService.Response r;
            if (method.equals("OPTIONS")) {
                r = new CdsService.Response(204, null);
            } else if (path.equals("/cds-services") || path.equals("/cds-services/")) {
                r = method.equals("GET") ? new CdsService.Response(200, service.discovery()) : notAllowed("GET");
            } else if (path.startsWith("/cds-services/")) {
                if (method.equals("POST")) {
                    String body = declaredTooLong(ex) ? null : readBody(ex);
                    r = body == null ? CdsService.outcome(413, "too-costly", "request body over " + MAX_BODY
                            + " bytes", null) : service.call(path.substring("/cds-services/".length()), body);
                } else {
                    r = notAllowed("POST");
                }
            } else if (path.equals("/health")) {
                r = method.equals("GET") ? new CdsService.Response(200, "{\"status\":\"UP\",\"rules\":\""
                        + service.rulesVersion() + "\"}") : notAllowed("GET");
            } else {
                r = CdsService.outcome(404, "not-found", "no such path; the services are at /cds-services", null);
            }
            status = r.status();
            send(ex, r);
        } catch (RuntimeException e) {
            // A bug, not the caller's fault: say so without echoing anything of the request.
            LOG.error("request failed: {}", e.getClass().getName());
            status = 500;
            send(ex, CdsService.outcome(500, "exception", "internal error", null));
        } finally {
            ex.close();
            LOG.info("{} {} -> {} in {} ms", ex.getRequestMethod(), ex.getRequestURI().getPath(), status,
                    (System.nanoTime() - t0) / 1_000_000);
        }
    }

    private static CdsService.Response notAllowed(String allowed) {
        return CdsService.outcome(405, "not-supported", "method not allowed here; use " + allowed, null);
    }

    /** A Content-Length over {@link #MAX_BODY}: refused before a byte of the body is read. */
    private static boolean declaredTooLong(HttpExchange ex) {
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        try {
            return length != null && Long.parseLong(length.trim()) > MAX_BODY;
        } catch (NumberFormatException e) {
            return false; // the JDK server has already refused a Content-Length that is not a number
        }
    }

    /** The body as UTF-8, or null when it is longer than {@link #MAX_BODY}. */
    private static String readBody(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : new String(body, StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange ex, CdsService.Response r) throws IOException {
        var h = ex.getResponseHeaders();
        h.set("Access-Control-Allow-Origin", "*");
        h.set("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        h.set("Access-Control-Allow-Headers", "Content-Type, Authorization");
        if (r.json() == null) {
            ex.sendResponseHeaders(r.status(), -1);
            return;
        }
        byte[] bytes = r.json().getBytes(StandardCharsets.UTF_8);
        h.set("Content-Type", r.status() >= 400 ? "application/fhir+json; charset=utf-8"
                : "application/json; charset=utf-8");
        ex.sendResponseHeaders(r.status(), bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Stops accepting, waits up to 1 s for requests in flight, ends the worker threads. (On Java 17 the JDK server
     * always waits the whole delay, JDK-8304065, hence 1 s rather than more.)
     */
    @Override
    public void close() {
        http.stop(1);
        workers.shutdown();
        try {
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
