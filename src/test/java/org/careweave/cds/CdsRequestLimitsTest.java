package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.careweave.TestRules;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The limits on request bodies besides the per-request 10 MiB, over real HTTP on an ephemeral port, each test with
 * its own server and limits (hostile-user trial: forty clients each sending a 9.9 MiB chunked body and stalling
 * filled a 256 MiB heap, and the server answered 500 with OutOfMemoryErrors; a client sending a byte every few
 * seconds was never silent for the timeout and held its connection for as long as it liked).
 */
class CdsRequestLimitsTest {

    static CdsService service;

    @BeforeAll
    static void start() {
        service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
    }

    static CdsServer server(int timeoutSeconds, int bodySeconds, long budget) throws IOException {
        return CdsServer.start(service, "127.0.0.1", 0, 2, new CdsServer.Limits(timeoutSeconds, bodySeconds,
                new BodyBudget(budget)));
    }

    static Socket connect(CdsServer server) throws IOException {
        Socket socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(20_000);
        return socket;
    }

    static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    static void sendSpaces(Socket socket, int n) throws IOException {
        byte[] spaces = new byte[n];
        java.util.Arrays.fill(spaces, (byte) ' ');
        socket.getOutputStream().write(spaces);
        socket.getOutputStream().flush();
    }

    /** The answer's status line and its OperationOutcome's diagnostics. */
    static List<String> answer(Socket socket) throws IOException {
        String answer = CdsServiceHttpTest.answer(socket); // the status line, a space, the body
        int body = answer.indexOf('{');
        assertTrue(body > 0, answer);
        JsonNode oo = CdsServiceHttpTest.JSON.readTree(answer.substring(body));
        assertEquals("OperationOutcome", oo.path("resourceType").asText(), answer);
        return List.of(answer.substring(0, body).strip(), oo.get("issue").get(0).get("diagnostics").asText());
    }

    /** Waits up to 10 s for the server to hold {@code bytes} of request bodies (given back by another thread). */
    static void awaitHeld(CdsServer server, long bytes) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (server.heldBodyBytes() != bytes && System.nanoTime() < until) {
            Thread.sleep(20);
        }
        assertEquals(bytes, server.heldBodyBytes());
    }

    /**
     * A body trickled a byte every 300 ms is never silent for the 2 s timeout, but must come whole within its 3 s:
     * 408 after about 3 s, with about ten of its 1,000 bytes sent, whether it has a Content-Length or is chunked; the
     * bytes it held are given back.
     */
    @Test
    void aBodyTrickledPastItsTimeIs408AndGivesItsBytesBack() throws Exception {
        try (CdsServer server = server(2, 3, 64L << 20)) {
            for (boolean chunked : List.of(false, true)) {
                try (Socket socket = connect(server)) {
                    send(socket, "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\n"
                            + "Content-Type: application/json\r\n" + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: 1000") + "\r\n\r\n");
                    long t0 = System.nanoTime();
                    int sent = 0;
                    socket.setSoTimeout(300);
                    String first = null;
                    while (first == null && sent < 1000) {
                        send(socket, chunked ? "1\r\n \r\n" : " ");
                        sent++;
                        try {
                            int b = socket.getInputStream().read();
                            first = b < 0 ? "(closed)" : String.valueOf((char) b);
                        } catch (java.net.SocketTimeoutException stillReading) {
                            // no answer yet: trickle on
                        }
                    }
                    long ms = (System.nanoTime() - t0) / 1_000_000;
                    socket.setSoTimeout(10_000);
                    String rest = CdsServiceHttpTest.answer(socket);
                    assertTrue(("H" + rest).startsWith("HTTP/1.1 408 ") && "H".equals(first), chunked + ": "
                            + first + rest);
                    assertTrue(rest.contains("the request body did not come whole within 3 s"), rest);
                    assertTrue(ms >= 2_900 && ms < 8_000, chunked + ": answered after " + ms + " ms");
                    assertTrue(sent < 30, "bytes sent before the 408: " + sent);
                }
                awaitHeld(server, 0);
            }
        }
    }

    /**
     * The server holds at most its budget of request bodies at once: with 1 MiB, a client that has sent 700 KB of
     * its body and stalls leaves no room for a second client's 400 KB chunked body, which gets 503 (try again); once
     * the first hangs up its bytes are given back, and a real hook call is answered with its cards, then gives its
     * bytes back too.
     */
    @Test
    void bodiesOverTheServersBudgetAre503AndTheirBytesAreGivenBack() throws Exception {
        try (CdsServer server = server(10, 60, 1 << 20)) {
            Socket first = connect(server);
            send(first, "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nContent-Length: 800000\r\n"
                    + "Content-Type: application/json\r\n\r\n");
            sendSpaces(first, 700_000);
            awaitHeld(server, 700_000);
            try (Socket second = connect(server)) {
                send(second, "POST /cds-services/careweave-order-sign HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                        + "Transfer-Encoding: "
                        + "chunked\r\n\r\n" + Integer.toHexString(400_000) + "\r\n");
                sendSpaces(second, 400_000);
                List<String> answer = answer(second);
                assertEquals("HTTP/1.1 503 Service Unavailable", answer.get(0));
                assertEquals("the service holds as many request bodies as it can at once (1 MiB); send the request "
                        + "again shortly", answer.get(1));
            }
            awaitHeld(server, 700_000); // the second's bytes given back, the first's still held
            first.close();
            awaitHeld(server, 0);
            String hookCall = CdsServiceHttpTest.request("patient-view",
                    CdsServiceHttpTest.prefetch("knee-replacement-visits")).toString();
            assertTrue(hookCall.length() < 1 << 20, "the hook call fits the budget: " + hookCall.length());
            try (Socket third = connect(server)) {
                send(third, "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nContent-Type: "
                        + "application/json\r\nConnection: close\r\nContent-Length: " + hookCall.length() + "\r\n\r\n"
                        + hookCall);
                String answer = CdsServiceHttpTest.answer(third);
                assertTrue(answer.startsWith("HTTP/1.1 200 "), answer);
                JsonNode cards = CdsServiceHttpTest.JSON.readTree(answer.substring(answer.indexOf('{')));
                assertEquals(CdsCards.patientView(TestRules.planner().plan(CdsServiceHttpTest.twin(
                        "knee-replacement-visits")), service.mapping()), cards.get("cards"));
            }
            awaitHeld(server, 0);
        }
    }

    /**
     * A chunked body over 10 MiB is 413 (the per-request cap comes before the budget, when the budget is larger), and
     * gives back the 10 MiB it held.
     */
    @Test
    void aChunkedBodyOverTenMibIs413AndGivesItsBytesBack() throws Exception {
        try (CdsServer server = server(10, 60, 64L << 20); Socket socket = connect(server)) {
            send(socket, "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: "
                    + "chunked\r\n\r\n");
            Thread sender = new Thread(() -> {
                try {
                    for (int sent = 0; sent <= CdsServer.MAX_BODY; sent += 65_536) {
                        send(socket, Integer.toHexString(65_536) + "\r\n");
                        sendSpaces(socket, 65_536);
                        send(socket, "\r\n");
                    }
                } catch (IOException expected) {
                    // the server stops reading once it has answered
                }
            });
            sender.start();
            List<String> answer = answer(socket);
            assertEquals("HTTP/1.1 413 Payload Too Large", answer.get(0));
            assertEquals("request body over 10485760 bytes", answer.get(1));
            sender.join(30_000);
            awaitHeld(server, 0);
        }
    }

    /** A POST to a service careweave does not have is 404 at once: its 5 MB body is neither waited for nor read. */
    @Test
    void anUnknownServiceIs404BeforeItsBodyIsRead() throws Exception {
        try (CdsServer server = server(10, 60, 64L << 20); Socket socket = connect(server)) {
            send(socket, "POST /cds-services/nope HTTP/1.1\r\nHost: x\r\nContent-Length: 5000000\r\n\r\n");
            List<String> answer = answer(socket);
            assertEquals("HTTP/1.1 404 Not Found", answer.get(0));
            assertEquals("no CDS service 'nope'; see GET /cds-services", answer.get(1));
            assertEquals(0, server.heldBodyBytes());
        }
    }
}
