package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * HTTP at the edges, against {@code careweave serve} as an operator runs it (a separate process, its log read from
 * stderr at the levels the command sets): what a hostile client's odd request lines, methods and hang-ups get, and
 * what they leave in the log.
 */
class CdsServerProtocolTest {

    static Process serve;
    static int port;
    static final List<String> LOG = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void start() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.careweave.internal.cli.Main", "serve", "--port", "0", "--timeout", "1", "--rules", "rules");
        serve = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader err = new BufferedReader(new InputStreamReader(serve.getErrorStream(), StandardCharsets.UTF_8));
        String line = err.readLine();
        assertTrue(line != null && line.startsWith("careweave CDS Hooks service on http://127.0.0.1:"),
                String.valueOf(line));
        port = Integer.parseInt(line.replaceAll(".*127\\.0\\.0\\.1:(\\d+)/.*", "$1"));
        Thread reader = new Thread(() -> {
            try {
                for (String l; (l = err.readLine()) != null; ) {
                    LOG.add(l);
                }
            } catch (IOException ended) {
                // the process ended
            }
        }, "serve-log");
        reader.setDaemon(true);
        reader.start();
    }

    @AfterAll
    static void stop() throws Exception {
        serve.destroy();
        serve.waitFor(10, TimeUnit.SECONDS);
    }

    /** Sends raw bytes and reads the whole answer until the server closes or 10 s pass. */
    static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            socket.shutdownOutput();
            try {
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.net.SocketException reset) {
                return "(reset)";
            }
        }
    }

    /** Log lines since {@code from}, once the server has had a moment to write them. */
    static List<String> logSince(int from) throws InterruptedException {
        Thread.sleep(300);
        synchronized (LOG) {
            return new ArrayList<>(LOG.subList(from, LOG.size()));
        }
    }

    /** The status line, a header's value (or null) and the body of a raw answer. */
    static String statusLine(String answer) {
        return answer.lines().findFirst().orElse("");
    }

    static String header(String answer, String name) {
        for (String line : answer.substring(0, Math.max(0, answer.indexOf("\r\n\r\n"))).split("\r\n")) {
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1)) {
                return line.substring(name.length() + 1).strip();
            }
        }
        return null;
    }

    static String body(String answer) {
        int at = answer.indexOf("\r\n\r\n");
        return at < 0 ? "" : answer.substring(at + 4);
    }

    static void assertNoErrorLine(List<String> log) {
        assertTrue(log.stream().noneMatch(l -> l.contains("ERROR")), log.toString());
    }

    /**
     * Hostile-user trial: request lines of HTTP/0.9 or HTTP/9.9 were a 500 "internal error" and an ERROR line in
     * the log, as if careweave had failed. Jetty refuses them with 505 (RFC 9110 §15.6.6); now so does the answer,
     * as an OperationOutcome, and the log has the request's INFO line only.
     */
    @Test
    void anHttpVersionOtherThanOneIsA505OperationOutcomeAndNoErrorInTheLog() throws Exception {
        for (String version : List.of("HTTP/0.9", "HTTP/9.9", "HTTP/1.2")) {
            int from = LOG.size();
            String answer = exchange("GET /health " + version + "\r\nHost: x\r\n\r\n");
            assertTrue(statusLine(answer).matches("HTTP/1\\.[01] 505 .*"), version + ": " + answer);
            assertTrue(body(answer).contains("\"resourceType\": \"OperationOutcome\""), version + ": " + answer);
            assertTrue(body(answer).contains("HTTP version not supported: send HTTP/1.1 (or HTTP/1.0)"), answer);
            List<String> log = logSince(from);
            assertNoErrorLine(log);
            assertTrue(log.contains("INFO org.careweave.cds.CdsServer - refused request -> 505"), log.toString());
        }
    }

    /**
     * Hostile-user trial: a client that hung up after its 408 left an ERROR line. Whether it stalls in its body and
     * resets after the 408, half-closes inside its body, or hangs up mid-body, the log has no ERROR.
     */
    @Test
    void aClientHangingUpAroundA408LeavesNoErrorInTheLog() throws Exception {
        int from = LOG.size();
        String start = "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"hook\":";
        try (Socket socket = new Socket("127.0.0.1", port)) { // stalls, reads the start of the 408, resets
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] first = new byte[12];
            int n = socket.getInputStream().read(first);
            assertEquals("HTTP/1.1 408", new String(first, 0, Math.max(n, 0), StandardCharsets.US_ASCII));
            socket.setSoLinger(true, 0);
        }
        try (Socket socket = new Socket("127.0.0.1", port)) { // stalls and resets before the 408
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(1_500);
            socket.setSoLinger(true, 0);
        }
        String halfClosed = exchange(start); // ends its side inside the body
        assertTrue(halfClosed.isEmpty() || halfClosed.equals("(reset)") || statusLine(halfClosed).matches(
                "HTTP/1\\.1 4\\d\\d .*"), halfClosed);
        try (Socket socket = new Socket("127.0.0.1", port)) { // hangs up at once, mid-body
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
        }
        Thread.sleep(2_500); // past the 1 s timeout of anything still open
        List<String> log = logSince(from);
        assertNoErrorLine(log);
        assertTrue(log.stream().anyMatch(l -> l.endsWith("POST /cds-services/careweave-patient-view -> 408")
                || l.contains("careweave-patient-view -> 408 in ")), log.toString());
    }

    /**
     * Hostile-user trial: HEAD /health was 405, and no 405 said which methods the path takes. HEAD is GET without the
     * body (RFC 9110 §9.3.2: the same headers, Content-Length included); a 405 carries Allow (§15.5.6: the origin
     * server "MUST generate an Allow header field").
     */
    @Test
    void headIsGetWithoutTheBodyAndA405SaysWhatIsAllowed() throws Exception {
        for (String path : List.of("/health", "/cds-services")) {
            String get = exchange("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            String head = exchange("HEAD " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            assertTrue(statusLine(head).startsWith("HTTP/1.1 200 "), head);
            assertEquals(header(get, "Content-Length"), header(head, "Content-Length"), head);
            assertEquals(Integer.toString(body(get).getBytes(StandardCharsets.UTF_8).length),
                    header(head, "Content-Length"));
            assertEquals(header(get, "Content-Type"), header(head, "Content-Type"));
            assertEquals("", body(head), head);
        }
        String answer = exchange("POST /health HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertTrue(statusLine(answer).startsWith("HTTP/1.1 405 "), answer);
        assertEquals("GET, HEAD, OPTIONS", header(answer, "Allow"), answer);
        assertTrue(body(answer).contains("method not allowed here; use GET, HEAD, OPTIONS"), answer);
        answer = exchange("DELETE /cds-services HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals("GET, HEAD, OPTIONS", header(answer, "Allow"), answer);
        answer = exchange("GET /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(statusLine(answer).startsWith("HTTP/1.1 405 "), answer);
        assertEquals("POST, OPTIONS", header(answer, "Allow"), answer);
        // HEAD on a service is not GET there: 405 too, with Allow and no body
        answer = exchange("HEAD /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertTrue(statusLine(answer).startsWith("HTTP/1.1 405 "), answer);
        assertEquals("POST, OPTIONS", header(answer, "Allow"), answer);
        assertEquals("", body(answer), answer);
        // trial42 #9: an unknown service is 404 for any method (GET was 405 "use POST, OPTIONS", POST 404)
        for (String method : new String[] {"GET", "HEAD", "POST", "DELETE"}) {
            answer = exchange(method + " /cds-services/nope HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n"
                    + "Connection: close\r\n\r\n");
            assertTrue(statusLine(answer).startsWith("HTTP/1.1 404 "), method + ": " + answer);
            assertEquals(null, header(answer, "Allow"), method + ": " + answer);
            if (!method.equals("HEAD")) {
                assertTrue(body(answer).contains("no CDS service 'nope'"), method + ": " + answer);
            }
        }
        // an answer that is not a 405 has no Allow
        assertEquals(null, header(exchange("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                "Allow"));
    }

    /**
     * Hostile-user trial: a request line of {@code HTTP/2.0} got 426 "Upgrade Required" (Jetty's offer of an h2c
     * upgrade this server cannot make, and without the Upgrade header a 426 must carry), while HTTP/1.2 or HTTP/3.0
     * got 505. Now 505 too, saying HTTP/1.1 is served and HTTP/2 is not, also for HTTP/2's prior-knowledge preface;
     * an HTTP/1.1 request offering {@code Upgrade: h2c} is answered in HTTP/1.1 (the offer ignored, RFC 9110 §7.8).
     */
    @Test
    void anHttp2RequestLineIsA505LikeOtherVersionsAndAnH2cUpgradeOfferIsIgnored() throws Exception {
        for (String request : List.of("GET /health HTTP/2.0\r\nHost: x\r\n\r\n",
                "POST /cds-services/careweave-patient-view HTTP/2.0\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}",
                "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")) {
            int from = LOG.size();
            String answer = exchange(request);
            assertEquals("HTTP/1.1 505 HTTP Version Not Supported", statusLine(answer), answer);
            assertEquals(null, header(answer, "Upgrade"), answer);
            assertTrue(body(answer).contains("\"diagnostics\": \"HTTP version not supported: this service speaks "
                    + "HTTP/1.1 (and HTTP/1.0), not HTTP/2 (no h2c upgrade or prior knowledge); send HTTP/1.1\""),
                    answer);
            List<String> log = logSince(from);
            assertNoErrorLine(log);
            assertTrue(log.contains("INFO org.careweave.cds.CdsServer - refused request -> 505"), log.toString());
        }
        String upgrade = exchange("GET /health HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, HTTP2-Settings\r\n"
                + "Upgrade: h2c\r\nHTTP2-Settings: AAMAAABkAAQCAAAAAAIAAAAA\r\n\r\n");
        assertEquals("HTTP/1.1 200 OK", statusLine(upgrade), upgrade);
        assertTrue(body(upgrade).startsWith("{\"status\":\"UP\""), upgrade);
    }

    /**
     * Hostile-user trial: a client that stalled inside its request line or headers got no answer at all, and the
     * log a "refused request -> 500" line (Jetty closed the idle connection, then reported the half-read request as
     * a failure). Now, as for a stalled body, 408 once it has been silent for the timeout (1 s here), and the log has
     * that 408: no 500, no ERROR.
     */
    @Test
    void aClientStallingInsideItsRequestHeadGets408AndNo500InTheLog() throws Exception {
        for (String head : List.of("POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\n",
                "POST /cds-services/careweave-patient-view HTTP/1.1\r\n", "GET /hea")) {
            int from = LOG.size();
            String answer;
            long ms;
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                long t0 = System.nanoTime();
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                ms = (System.nanoTime() - t0) / 1_000_000;
            }
            assertEquals("HTTP/1.1 408 Request Timeout", statusLine(answer), head + ": " + answer);
            assertEquals("close", header(answer, "Connection"), answer);
            assertTrue(body(answer).contains("\"diagnostics\": \"the request line and headers did not come whole "
                    + "within 1 s\""), answer);
            assertTrue(body(answer).contains("\"code\": \"timeout\""), answer);
            assertTrue(ms >= 900 && ms < 8_000, "answered after " + ms + " ms");
            List<String> log = logSince(from);
            assertNoErrorLine(log);
            assertTrue(log.contains("INFO org.careweave.cds.CdsServer - refused request -> 408"), log.toString());
            assertTrue(log.stream().noneMatch(l -> l.contains("-> 500")), log.toString());
        }
    }

    /**
     * A client trickling its headers a byte every 200 ms is never silent for the 1 s timeout; before, it could hold
     * its connection for as long as its 8 KiB of headers lasted (hours). Its head must come whole within the timeout:
     * the server refuses it (408 in the log) and closes the connection about 1 s in, long before the trickle ends.
     * (The client, still sending, may see the close as a reset rather than read the 408.)
     */
    @Test
    void aClientTricklingItsHeadersIsRefusedOnceTheTimeoutHasPassed() throws Exception {
        int from = LOG.size();
        String head = "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nContent-Type: application/json"
                + "\r\nX-Padding: " + "x".repeat(60) + "\r\n\r\n";
        long t0 = System.nanoTime();
        int sent = 0;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(200);
            try {
                for (; sent < head.length(); sent++) {
                    socket.getOutputStream().write(head.charAt(sent));
                    socket.getOutputStream().flush();
                    try {
                        if (socket.getInputStream().read() < 0) {
                            break; // closed by the server
                        }
                        break; // the 408's first byte
                    } catch (java.net.SocketTimeoutException notYet) {
                        // trickle on
                    }
                }
            } catch (java.net.SocketException closed) {
                // reset by the server: the connection was given up, as it should be
            }
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(sent < head.length() / 2, "bytes sent before the server gave up: " + sent + " of " + head.length());
        assertTrue(ms >= 900 && ms < 8_000, "given up after " + ms + " ms");
        List<String> log = logSince(from);
        assertNoErrorLine(log);
        assertTrue(log.contains("INFO org.careweave.cds.CdsServer - refused request -> 408"), log.toString());
    }

    /**
     * Hostile-user trial: HEAD was answered on the GET routes but missing from the CORS preflight's
     * {@code Access-Control-Allow-Methods}. The list is every method some route answers, and each is answered
     * (not 405) somewhere.
     */
    @Test
    void theCorsMethodsAreEveryMethodSomeRouteAnswers() throws Exception {
        String preflight = exchange("OPTIONS /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nOrigin: "
                + "https://ehr.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
        assertTrue(statusLine(preflight).startsWith("HTTP/1.1 204 "), preflight);
        assertEquals("GET, HEAD, POST, OPTIONS", header(preflight, "Access-Control-Allow-Methods"), preflight);
        assertEquals("GET, HEAD, POST, OPTIONS", header(exchange("GET /health HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n"), "Access-Control-Allow-Methods"), "on every answer");
        for (String method : header(preflight, "Access-Control-Allow-Methods").split(", ")) {
            String path = method.equals("POST") ? "/cds-services/careweave-patient-view" : "/health";
            String answer = exchange(method + " " + path + " HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n"
                    + "Connection: close\r\n\r\n{}");
            assertTrue(!statusLine(answer).contains(" 405 ") && statusLine(answer).startsWith("HTTP/1.1 "),
                    method + ": " + answer);
        }
    }

    /**
     * Fresh-user trial of the merge: the preflight's {@code Access-Control-Allow-Headers} was a fixed list, so a
     * browser-based CDS client asking to send a header of its own (a request id) was refused, and there was no
     * {@code Access-Control-Max-Age}, so browsers kept the answer 5 seconds (the fetch standard's default) and
     * preflighted nearly every hook call. The preflight now allows Authorization and Content-Type (CDS Hooks'
     * security section) and each well-formed header name asked for, and is cached for two hours.
     */
    @Test
    void aPreflightAllowsTheRequestedHeadersAndIsCached() throws Exception {
        String preflight = exchange("OPTIONS /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nOrigin: "
                + "https://ehr.example\r\nAccess-Control-Request-Method: POST\r\nAccess-Control-Request-Headers: "
                + "authorization,content-type,x-request-id, X-Trace ,bad name\r\nConnection: close\r\n\r\n");
        assertTrue(statusLine(preflight).startsWith("HTTP/1.1 204 "), preflight);
        // "bad name" is no header name (a space): not listed, so the browser will not send it
        assertEquals("Authorization, Content-Type, x-request-id, x-trace",
                header(preflight, "Access-Control-Allow-Headers"), preflight);
        assertEquals("7200", header(preflight, "Access-Control-Max-Age"), preflight);
        assertEquals("Access-Control-Request-Headers", header(preflight, "Vary"), preflight);
        assertEquals("*", header(preflight, "Access-Control-Allow-Origin"), preflight);

        String plain = exchange("OPTIONS /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals("Authorization, Content-Type", header(plain, "Access-Control-Allow-Headers"), plain);
        String get = exchange("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertEquals("Authorization, Content-Type", header(get, "Access-Control-Allow-Headers"), get);
        assertEquals(null, header(get, "Access-Control-Max-Age"), "only a preflight is cached");
    }

    /** What a preflight lists back is bounded: 16 names beyond the two always allowed, each at most 64 characters. */
    @Test
    void aPreflightListsAtMostSixteenWellFormedNamesBack() {
        StringBuilder many = new StringBuilder("Authorization, x-" + "a".repeat(63) + ", x-" + "b".repeat(62));
        for (int i = 0; i < 40; i++) {
            many.append(", x-h").append(i);
        }
        List<String> listed = List.of(CdsAnswer.allowHeaders(many.toString()).split(", "));
        assertEquals(18, listed.size(), listed.toString());
        assertEquals(List.of("Authorization", "Content-Type", "x-" + "b".repeat(62), "x-h0"), listed.subList(0, 4));
        assertEquals("x-h14", listed.get(17), "the 16th extra name; the rest are not allowed");
        assertEquals("Authorization, Content-Type", CdsAnswer.allowHeaders(null));
        assertEquals("Authorization, Content-Type", CdsAnswer.allowHeaders(" , ,\u0001,a b,x\"y"));
    }
}
