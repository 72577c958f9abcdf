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
        String start = "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
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
        // an answer that is not a 405 has no Allow
        assertEquals(null, header(exchange("GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"),
                "Allow"));
    }
}
