package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.careweave.TestRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Hostile-input trials of a hook call's body: what its headers say it is, and JSON too deep or long for the parser.
 * Before, a body sent as {@code text/plain}, or with no Content-Type, was read as JSON (CDS Hooks 2.0 has the client
 * POST {@code application/json}; RFC 9110 §15.5.16: 415 for content in a format the resource does not take), and
 * 5,000 nested arrays got "malformed JSON" with no place.
 */
class CdsBodyFormatTest {

    static CdsService service;
    static CdsServer server;

    @BeforeAll
    static void start() throws Exception {
        service = new CdsService(TestRules.planner().toCarePlanner(),
                Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC));
        server = CdsServer.start(service, "127.0.0.1", 0, 2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** One request on its own connection; the whole answer. */
    static String exchange(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            return CdsServiceHttpTest.answer(socket);
        }
    }

    static String post(String headers, String body) {
        return "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\nConnection: close\r\n" + headers
                + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    static JsonNode issue(String answer) throws Exception {
        return CdsServiceHttpTest.JSON.readTree(answer.substring(answer.indexOf('{'))).get("issue").get(0);
    }

    @Test
    void aBodyThatIsNotJsonByItsContentTypeIs415AndTheHeaderIsNotSaidBack() throws Exception {
        String hookCall = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hand")).toString();
        for (String headers : List.of("", "Content-Type: text/plain\r\n", "Content-Type: text/plain; charset=utf-8\r\n",
                "Content-Type: application/x-www-form-urlencoded\r\n", "Content-Type: application/jsonp\r\n",
                "Content-Type: application/json; charset=iso-8859-1\r\n",
                "Content-Type: application/json\r\nContent-Encoding: gzip\r\n")) {
            String answer = exchange(post(headers, hookCall));
            assertTrue(answer.startsWith("HTTP/1.1 415 Unsupported Media Type {"), headers + answer);
            assertTrue(answer.contains("\"resourceType\": \"OperationOutcome\""), answer);
            JsonNode issue = issue(answer);
            assertEquals("not-supported", issue.get("code").asText(), answer);
            assertTrue(issue.get("diagnostics").asText().contains("application/json"), answer);
            for (String echoed : List.of("text/plain", "form-urlencoded", "jsonp", "iso-8859-1", "gzip")) {
                assertFalse(body(answer).contains(echoed), answer);
            }
        }
        assertEquals("the request has no Content-Type; a CDS Hooks call is JSON: send Content-Type: application/json",
                issue(exchange(post("", hookCall))).get("diagnostics").asText());
    }

    /** Refused before any of the body is read: a declared 5 MB body that never comes is answered at once. */
    @Test
    void a415IsSaidBeforeTheBodyIsRead() throws Exception {
        // an earlier test's body is given back after its answer is sent (CdsServer releases it in a finally): wait
        // for it, so the check below sees only this request's bytes
        CdsRequestLimitsTest.awaitHeld(server, 0);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /cds-services/careweave-order-sign HTTP/1.1\r\nHost: x\r\n"
                    + "Content-Type: text/plain\r\nContent-Length: 5000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = CdsServiceHttpTest.answer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 415 "), answer);
            assertEquals(0, server.heldBodyBytes());
        }
    }

    /** JSON in its usual labels is planned: with a UTF-8 charset, in upper case, and as application/fhir+json. */
    @Test
    void jsonWithACharsetOfUtf8OrAnotherJsonTypeIsStillPlanned() throws Exception {
        String hookCall = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hand")).toString();
        for (String type : List.of("application/json", "application/json; charset=utf-8",
                "application/json;charset=\"UTF-8\"", "Application/JSON", "application/fhir+json")) {
            String answer = exchange(post("Content-Type: " + type + "\r\n", hookCall));
            assertTrue(answer.startsWith("HTTP/1.1 200 "), type + ": " + answer);
            assertTrue(answer.contains("\"cards\""), answer);
        }
    }

    @Test
    void theMediaTypeRulesOneByOne() {
        assertNull(BodyMediaType.refusal("application/json", null));
        assertNull(BodyMediaType.refusal("application/json ; charset=utf8", "identity"));
        assertNull(BodyMediaType.refusal("application/cds-hooks+json", ""));
        assertTrue(BodyMediaType.refusal(null, null).contains("no Content-Type"));
        assertTrue(BodyMediaType.refusal("  ", null).contains("no Content-Type"));
        assertTrue(BodyMediaType.refusal("application/json/x+json", null).contains("must be JSON"));
        assertTrue(BodyMediaType.refusal("text/json+json", null).contains("must be JSON"));
        assertTrue(BodyMediaType.refusal("application/json; charset=utf-16", null).contains("UTF-8"));
        assertTrue(BodyMediaType.refusal("application/json", "br").contains("compressed"));
    }

    /**
     * 5,000 nested arrays: Jackson refuses the 1,001st level (StreamReadConstraints' default depth, 1,000) and says
     * nowhere where. Now the place: the first bracket too deep, at column 1,001 of one line; in a pretty-printed
     * request whose {@code "prefetch":} line is line 2, that object is level 1, so its arrays open levels 2..., and
     * the 1,000th array, level 1,001, opens at column 12 + 999 = 1,011. Short and with no stack trace.
     */
    @Test
    void deeplyNestedJsonIs400AtTheFirstBracketTooDeep() throws Exception {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, deep);
        assertEquals(400, r.status());
        assertEquals("malformed JSON at line 1, column 1001: nested deeper than the parser reads (1000 levels)",
                issue(r.json()).get("diagnostics").asText());

        String pretty = "{\"hook\": \"patient-view\",\n\"prefetch\":" + deep + "}";
        r = service.call(CdsService.PATIENT_VIEW, pretty);
        assertEquals("malformed JSON at line 2, column 1011: nested deeper than the parser reads (1000 levels)",
                issue(r.json()).get("diagnostics").asText());

        String answer = exchange(post("Content-Type: application/json\r\n", deep));
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(body(answer).length() < 400, answer);
        assertFalse(answer.contains("Exception") || answer.contains("at com.") || answer.contains("[["), answer);
    }

    /** A number of 5,000 digits (Jackson reads at most 1,000): placed at its first digit, the value not said back. */
    @Test
    void aNumberLongerThanTheParserReadsIsPlacedAtItsStart() throws Exception {
        String body = "{\"hook\": \"patient-view\", \"x\": " + "7".repeat(5000) + "}";
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, body);
        assertEquals(400, r.status());
        assertEquals("malformed JSON at line 1, column 31: a number longer than the parser reads",
                issue(r.json()).get("diagnostics").asText());
    }

    /** Before: {@code {...} {...}} was planned from its first object, the rest ignored without a word. */
    @Test
    void moreAfterTheRequestObjectIs400AtWhereItStarts() throws Exception {
        String hookCall = CdsServiceHttpTest.request("patient-view", CdsServiceHttpTest.prefetch("hand")).toString();
        CdsService.Response r = service.call(CdsService.PATIENT_VIEW, hookCall + "\n{}");
        assertEquals(400, r.status(), r.json());
        assertEquals("malformed JSON at line 2, column 1: more after the first JSON value; one request per call",
                issue(r.json()).get("diagnostics").asText());
        assertEquals(200, service.call(CdsService.PATIENT_VIEW, hookCall + "\n \r\n").status(), "whitespace after");
    }

    /**
     * Before: a body with a byte that is not UTF-8 was decoded leniently, the byte planned as U+FFFD (silently a
     * different case). Now 400 at the byte: here a Latin-1 "e acute" (0xE9), placed by hand below.
     */
    @Test
    void aByteThatIsNotUtf8Is400AtItsLineColumnAndByteAndIsNotSaidBack() throws Exception {
        byte[] head = "{\"hook\": \"patient-view\",\n\"prefetch\": {\"x\": \"caf".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\"}}".getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        body[head.length] = (byte) 0xE9;
        System.arraycopy(tail, 0, body, head.length + 1, tail.length);
        // line 1 is {"hook": "patient-view", (24 bytes) and its newline: byte 26 starts line 2;
        // line 2 up to the bad byte is "prefetch": {"x": "caf = 22 characters, so the bad byte is column 23, byte 48
        String answer = exchangeBytes("Content-Type: application/json\r\n", body);
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertEquals("the request body is not UTF-8 at line 2, column 23 (byte 48); send the hook call as UTF-8 JSON",
                issue(answer).get("diagnostics").asText());
        assertFalse(answer.contains("caf"), answer);

        // the same body in UTF-8 (e acute as 0xC3 0xA9) is read: it fails later, on what it says, not on its bytes
        String fine = exchange(post("Content-Type: application/json\r\n",
                "{\"hook\": \"patient-view\",\n\"prefetch\": {\"x\": \"caf\u00e9\"}}"));
        assertFalse(issue(fine).get("diagnostics").asText().contains("not UTF-8"), fine);
    }

    /** Overlong and surrogate encodings are not UTF-8 either (RFC 3629 §3): the first byte of each is placed. */
    @Test
    void overlongAndSurrogateEncodingsAreNotUtf8() {
        assertEquals(null, BodyReader.utf8(new byte[] {'[', (byte) 0xC0, (byte) 0xAF, ']'}));
        assertEquals(null, BodyReader.utf8(new byte[] {'[', (byte) 0xED, (byte) 0xA0, (byte) 0x80, ']'}));
        assertEquals("[\u00e9]", BodyReader.utf8(new byte[] {'[', (byte) 0xC3, (byte) 0xA9, ']'}));
        assertTrue(BodyReader.notUtf8(new byte[] {'[', (byte) 0xC0, (byte) 0xAF, ']'}).json()
                .contains("line 1, column 2 (byte 2)"));
    }

    /** One request of raw bytes on its own connection; the whole answer. */
    static String exchangeBytes(String headers, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\n"
                    + "Connection: close\r\n" + headers + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(body);
            socket.getOutputStream().flush();
            return CdsServiceHttpTest.answer(socket);
        }
    }

    /** The body of an answer as {@link CdsServiceHttpTest#answer} gives it (status line, space, body). */
    static String body(String answer) {
        int at = answer.indexOf(" {");
        return at < 0 ? "" : answer.substring(at + 1);
    }
}
