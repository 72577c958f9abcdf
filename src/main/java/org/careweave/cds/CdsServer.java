package org.careweave.cds;

import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of {@link CdsService}, on Jetty's core server. Routes: {@code GET /cds-services} (discovery),
 * {@code POST /cds-services/{id}} (a hook call), {@code GET /health} ({@link CdsService#health()}), {@code HEAD} on
 * both GET routes, {@code OPTIONS} for browser clients (CORS). Bodies over 10 MiB get 413 (a Content-Length over it
 * before any of the body is read, a chunked body once 10 MiB have come); a body that would take the bodies the server
 * holds at once over its budget (an eighth of the heap) 503; an unknown path or service 404 (before any body is
 * read); a body that is not JSON by its {@code Content-Type} (or compressed) 415, also before it is read
 * ({@link BodyMediaType}); a wrong method 405 with {@code Allow}; a request HTTP itself refuses (a Content-Length
 * that is no number, headers over 8 KiB, an HTTP version other than 1.x, HTTP/2.0 included) 400/431/505; every
 * error body is a FHIR OperationOutcome, never an HTML page.
 *
 * <p>Slow clients cannot starve the service: requests (line, headers, body) are read without a thread, as their bytes
 * come, so a client that connects and sends nothing or half a request holds no thread at all; a complete hook call
 * is then planned on one of {@code threads} planning threads, and everything else (health, discovery, errors) is
 * answered at once, never behind a plan. A client silent for the timeout is disconnected, with 408 when it stopped
 * inside a request (its head or its body); a head must come whole within the timeout and a body within
 * {@value #BODY_TIME_FACTOR} times it, so a client trickling a byte now and then gets 408 too.
 *
 * <p>The log has one INFO line per request: method, path, status and milliseconds. Never a body, a patient id or
 * a card. {@link #close()} stops accepting, lets plans in flight finish (up to 1 s) and ends the server's threads.
 */
public final class CdsServer implements AutoCloseable {

    /**
     * Largest request body read, in bytes (10 MiB): the largest FHIR bundle careweave reads
     * ({@link org.careweave.fhir.FhirCaseReader#MAX_BUNDLE_BYTES}, 8 MiB) and room for the request around its
     * prefetch (searchset Bundles, context, draft orders).
     */
    public static final int MAX_BODY = 10 * 1024 * 1024;

    /** Seconds a client may stay silent in the middle of a request (or between requests) before it is disconnected. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 20;

    /**
     * A request body must come whole within this many timeouts (2 minutes by default: 10 MiB at 90 KB/s), however
     * its bytes are spaced.
     */
    public static final int BODY_TIME_FACTOR = 6;

    /**
     * The limits a server reads requests under.
     *
     * @param timeoutSeconds a client silent this long inside a request, or between requests, is disconnected (with
     *                       408 inside a request); a request's head must also come whole within it
     * @param bodySeconds    a request body must come whole within this
     * @param budget         the request-body bytes the server holds at once
     */
    record Limits(int timeoutSeconds, int bodySeconds, BodyBudget budget) {
        static Limits of(int timeoutSeconds) {
            return new Limits(timeoutSeconds, BODY_TIME_FACTOR * timeoutSeconds, BodyBudget.ofHeap());
        }
    }

    /**
     * Threads that read requests and write answers. They never wait for a client (Jetty reads and writes as bytes
     * come) and never plan, so a few serve any number of connections.
     */
    private static final int IO_THREADS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(CdsServer.class);
    private static final AtomicInteger SERVERS = new AtomicInteger();

    private final CdsService service;
    private final Server jetty;
    private final ServerConnector connector;
    private final ExecutorService planners;
    private final Limits limits;

    private CdsServer(CdsService service, Server jetty, ServerConnector connector, ExecutorService planners,
                      Limits limits) {
        this.service = service;
        this.jetty = jetty;
        this.connector = connector;
        this.planners = planners;
        this.limits = limits;
    }

    /**
     * Starts a server with the default timeout ({@value #DEFAULT_TIMEOUT_SECONDS} s).
     *
     * @param service the service to answer with
     * @param host    interface to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
     * @param port    TCP port; 0 picks a free one (see {@link #port()})
     * @param threads planning threads (hook calls planned at once)
     * @return the running server; close it to stop
     * @throws IOException when the address cannot be bound
     */
    public static CdsServer start(CdsService service, String host, int port, int threads) throws IOException {
        return start(service, host, port, threads, DEFAULT_TIMEOUT_SECONDS);
    }

    /**
     * Starts a server. {@code careweave serve --threads --timeout} calls it.
     *
     * @param service        the service to answer with
     * @param host           interface to bind, e.g. {@code 127.0.0.1} (loopback only) or {@code 0.0.0.0}
     * @param port           TCP port; 0 picks a free one (see {@link #port()})
     * @param threads        planning threads (hook calls planned at once), at least 1
     * @param timeoutSeconds a client silent this long in a request, or between requests, is disconnected; at least 1
     * @return the running server; close it to stop
     * @throws IOException when the address cannot be bound
     */
    public static CdsServer start(CdsService service, String host, int port, int threads, int timeoutSeconds)
            throws IOException {
        if (threads < 1 || timeoutSeconds < 1) {
            throw new IllegalArgumentException("threads and timeoutSeconds must be at least 1");
        }
        return start(service, host, port, threads, Limits.of(timeoutSeconds));
    }

    /** Starts a server reading requests under {@code limits} (tests set a small budget or a short body time). */
    static CdsServer start(CdsService service, String host, int port, int threads, Limits limits) throws IOException {
        int n = SERVERS.incrementAndGet();
        QueuedThreadPool io = new QueuedThreadPool(IO_THREADS, 2);
        io.setName("careweave-cds-" + n + "-io");
        io.setDaemon(true);
        Server jetty = new Server(io);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = new ServerConnector(jetty, 1, 1,
                HeadTimeoutConnection.factory(http, limits.timeoutSeconds()));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.timeoutSeconds() * 1000L);
        jetty.addConnector(connector);
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "careweave-cds-" + n + "-plan-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        CdsServer server = new CdsServer(service, jetty, connector, Executors.newFixedThreadPool(threads, factory),
                limits);
        jetty.setHandler(server.new Routes());
        jetty.setErrorHandler(CdsAnswer::refused);
        try {
            jetty.start();
        } catch (Exception e) {
            server.close();
            throw e instanceof IOException io2 ? io2 : new IOException("cannot start the CDS server", e);
        }
        return server;
    }

    /**
     * The port the server listens on.
     *
     * @return the TCP port (the one chosen when started with port 0)
     */
    public int port() {
        return connector.getLocalPort();
    }

    /** The routes. Never blocks: a hook call's body is read as it comes and planned on a planning thread. */
    private final class Routes extends Handler.Abstract.NonBlocking {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            CdsAnswer answer = new CdsAnswer(request, response, callback);
            try {
                String method = request.getMethod();
                String path = request.getHttpURI().getPath();
                // HEAD is GET without the body (RFC 9110 §9.3.2): CdsAnswer leaves the body out
                boolean get = method.equals("GET") || method.equals("HEAD");
                if (method.equals("OPTIONS")) {
                    answer.send(new CdsService.Response(204, null));
                } else if (path.equals("/cds-services") || path.equals("/cds-services/")) {
                    answer.send(get ? new CdsService.Response(200, service.discovery()) : notAllowed(answer, READ));
                } else if (path.startsWith("/cds-services/")) {
                    String id = path.substring("/cds-services/".length());
                    if (CdsService.hookOf(id) == null) {
                        // said before reading a body nobody will use; 404 whatever the method (trial42 #9: GET of an
                        // unknown service was 405 "use POST, OPTIONS", where POST then said 404)
                        answer.send(CdsService.noSuchService(id));
                    } else if (method.equals("POST") && mediaRefusal(request) != null) {
                        // said before reading a body the service would not read either
                        answer.send(CdsService.outcome(415, "not-supported", mediaRefusal(request), null));
                    } else if (method.equals("POST")) {
                        BodyReader.read(request, answer, limits, (body, release) ->
                                plan(id, body, release, answer));
                    } else {
                        answer.send(notAllowed(answer, CALL));
                    }
                } else if (path.equals("/health")) {
                    answer.send(get ? health() : notAllowed(answer, READ));
                } else {
                    answer.send(CdsService.outcome(404, "not-found", "no such path; the services are at "
                            + "/cds-services", null));
                }
            } catch (RuntimeException e) {
                answer.failed(e);
            }
            return true;
        }
    }

    /** Why a hook call's body is not read ({@link BodyMediaType}: 415), or null when it is JSON. */
    private static String mediaRefusal(Request request) {
        return BodyMediaType.refusal(request.getHeaders().get(org.eclipse.jetty.http.HttpHeader.CONTENT_TYPE),
                request.getHeaders().get(org.eclipse.jetty.http.HttpHeader.CONTENT_ENCODING));
    }

    /**
     * Plans on a planning thread; the thread that read the body goes back to reading. The body's bytes count against
     * the budget until its answer is made (waiting for a planning thread included).
     */
    private void plan(String id, String body, Runnable release, CdsAnswer answer) {
        try {
            planners.execute(() -> {
                try {
                    answer.send(service.call(id, body));
                } catch (RuntimeException e) {
                    answer.failed(e);
                } finally {
                    release.run();
                }
            });
        } catch (RejectedExecutionException closing) {
            release.run();
            answer.send(CdsService.outcome(503, "transient", "the service is stopping", null));
        }
    }

    /** Request-body bytes held now (tests check each answer gives its bytes back). */
    long heldBodyBytes() {
        return limits.budget().held();
    }

    private CdsService.Response health() {
        return new CdsService.Response(200, service.health());
    }

    /** Methods of the read-only routes (discovery, health). */
    private static final String READ = "GET, HEAD, OPTIONS";
    /** Methods of a service's route. */
    private static final String CALL = "POST, OPTIONS";

    /** 405 with the {@code Allow} header RFC 9110 §15.5.6 requires ("MUST generate an Allow header field"). */
    private static CdsService.Response notAllowed(CdsAnswer answer, String allowed) {
        answer.allow(allowed);
        return CdsService.outcome(405, "not-supported", "method not allowed here; use " + allowed, null);
    }

    /** Stops accepting, waits up to 1 s for plans in flight and their answers, then ends the server's threads. */
    @Override
    public void close() {
        connector.close();
        planners.shutdown();
        try {
            if (!planners.awaitTermination(1, TimeUnit.SECONDS)) {
                planners.shutdownNow();
            }
            jetty.stop();
        } catch (InterruptedException e) {
            planners.shutdownNow();
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("stopping the CDS server: {}", e.getClass().getName());
        }
    }
}
