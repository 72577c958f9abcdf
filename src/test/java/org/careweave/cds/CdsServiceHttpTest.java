package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.model.Order;
import org.careweave.model.Precaution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The CDS Hooks service over real HTTP on the loopback interface (an ephemeral port): discovery, both hooks with
 * prefetch built from the FHIR examples, missing prefetch, malformed JSON, and 208 requests from 16 threads whose
 * cards are all identical to the cards of the library's plan of each example's careweave-JSON twin.
 */
class CdsServiceHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> KEYS = Map.of("Patient", "patient", "Encounter", "encounters",
            "Coverage", "coverage", "Condition", "conditions", "Observation", "observations", "Goal", "goals",
            "ServiceRequest", "orders", "CarePlan", "plansOfCare", "Procedure", "procedures");
    static final List<String> EXAMPLES =
            List.of("hip-replacement", "stroke", "knee-replacement-visits", "home-health", "hand");

    static CdsService service;
    static CdsServer server;
    static HttpClient http;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        // The examples' asOf: a hook call has no date, so the service's clock gives it.
        Clock clock = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);
        service = new CdsService(TestRules.planner().toCarePlanner(), clock);
        server = CdsServer.start(service, "127.0.0.1", 0, 16);
        base = "http://127.0.0.1:" + server.port();
        http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    }

    @AfterAll
    static void stop() {
        server.close();
        long until = System.nanoTime() + 10_000_000_000L; // a loaded machine may take a moment to end a thread
        while (System.nanoTime() < until && Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.isAlive() && t.getName().startsWith("careweave-cds-"))) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertTrue(Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.isAlive() && t.getName().startsWith("careweave-cds-")), "workers ended");
        assertThrowsIo(() -> get("/health"));
    }

    interface Io {
        void run() throws Exception;
    }

    static void assertThrowsIo(Io io) {
        try {
            io.run();
        } catch (java.io.IOException expected) {
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the server still answers after close");
    }

    static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The prefetch an EHR would send for an example: its resources by the discovery document's keys. */
    static ObjectNode prefetch(String example) throws Exception {
        JsonNode bundle = JSON.readTree(Files.readString(Path.of("examples/fhir/" + example + ".bundle.json")));
        Map<String, ArrayNode> entries = new LinkedHashMap<>();
        ObjectNode prefetch = JSON.createObjectNode();
        for (String key : CdsService.PREFETCH.keySet()) {
            if (!key.equals("patient")) {
                ObjectNode searchset = prefetch.putObject(key);
                searchset.put("resourceType", "Bundle");
                searchset.put("type", "searchset");
                entries.put(key, searchset.putArray("entry"));
            }
        }
        for (JsonNode e : bundle.get("entry")) {
            JsonNode r = e.get("resource");
            String key = KEYS.get(r.get("resourceType").asText());
            if ("patient".equals(key)) {
                prefetch.set("patient", r);
            } else if (key != null) {
                ObjectNode entry = entries.get(key).addObject();
                entry.put("fullUrl", e.get("fullUrl").asText());
                entry.set("resource", r);
                entry.putObject("search").put("mode", "match");
            }
        }
        return prefetch;
    }

    static ObjectNode request(String hook, ObjectNode prefetch) {
        ObjectNode req = JSON.createObjectNode();
        req.put("hook", hook);
        req.put("hookInstance", "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea");
        ObjectNode context = req.putObject("context");
        context.put("userId", "Practitioner/pt-1");
        context.put("patientId", "pat-1");
        req.set("prefetch", prefetch);
        return req;
    }

    static Case twin(String example) throws Exception {
        return CaseReader.read(Path.of("examples/fhir/" + example + ".case.json"));
    }

    static JsonNode expectedPatientView(String example) throws Exception {
        ObjectNode root = JSON.createObjectNode();
        root.set("cards", CdsCards.patientView(TestRules.planner().plan(twin(example)), service.mapping()));
        return root;
    }

    @Test
    void discoveryListsBothServicesWithPrefetchTemplates() throws Exception {
        HttpResponse<String> r = get("/cds-services");
        assertEquals(200, r.statusCode());
        JsonNode services = JSON.readTree(r.body()).get("services");
        assertEquals(2, services.size());
        assertEquals("patient-view", services.get(0).get("hook").asText());
        assertEquals("careweave-patient-view", services.get(0).get("id").asText());
        assertEquals("order-sign", services.get(1).get("hook").asText());
        assertEquals("Patient/{{context.patientId}}", services.get(0).get("prefetch").get("patient").asText());
        assertTrue(services.get(1).get("prefetch").get("observations").asText().startsWith("Observation?patient="));
        assertEquals("*", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void healthSaysUpWithTheRulesVersion() throws Exception {
        HttpResponse<String> r = get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("UP", JSON.readTree(r.body()).get("status").asText());
        assertEquals(service.rulesVersion(), JSON.readTree(r.body()).get("rules").asText());
    }

    @Test
    void patientViewShowsTheKneeCasesDeadlineAndThresholdCards() throws Exception {
        HttpResponse<String> r = post("/cds-services/careweave-patient-view",
                request("patient-view", prefetch("knee-replacement-visits")).toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode cards = JSON.readTree(r.body()).get("cards");
        // Worked by hand from examples/fhir/knee-replacement-visits: the PT plan of care began 2026-10-22 and is not
        // certified -> due within 30 days (CMS Pub 100-02 ch.15 §220.1.3), a warning. PT/SLP allowed $2,450 before
        // 2026-11-17, so each of the 4 billed PT lines, on two dates, passes the 2026 $2,480 threshold -> one KX
        // warning for the PT and SLP threshold's year, naming both dates (1; int41: it was one per date). PT 97530 on 2026-11-19 is planned: the operation is under 6 weeks old, so the knee's pain
        // gets graded activity (97530) rather than joint mobilisation (rules/tables/healing-windows.csv), and no
        // service-not-in-plan warning is raised. The co-treatment split (info) is not a patient-view kind in
        // fhir-cds-cards.csv.
        List<String> kinds = new ArrayList<>();
        cards.forEach(c -> kinds.add(c.get("source").get("topic").get("code").asText()));
        assertEquals(2, cards.size(), r.body());
        assertTrue(cards.get(0).get("summary").asText().contains("not certified"), cards.get(0).toString());
        assertTrue(cards.get(1).get("summary").asText().startsWith("KX from 2026-11-17 through "), r.body());
        for (JsonNode c : cards) {
            assertTrue(c.get("summary").asText().length() < 140);
            assertEquals("warning", c.get("indicator").asText());
            assertTrue(c.get("source").get("label").asText().startsWith("careweave"));
            assertTrue(c.get("detail").asText().contains("careweave rule"));
            assertEquals("absolute", c.get("links").get(0).get("type").asText());
        }
        assertEquals(expectedPatientView("knee-replacement-visits"), JSON.readTree(r.body()));
    }

    @Test
    void orderSignOfAPtReferralSuggestsTheOtReferralTheHipCaseNeeds() throws Exception {
        ObjectNode prefetch = prefetch("hip-replacement");
        ArrayNode orders = (ArrayNode) prefetch.get("orders").get("entry");
        JsonNode ptOrder = orders.get(0).get("resource");
        orders.removeAll(); // neither referral is signed yet
        ObjectNode req = request("order-sign", prefetch);
        ObjectNode draft = ((ObjectNode) req.get("context")).putObject("draftOrders");
        draft.put("resourceType", "Bundle");
        draft.put("type", "collection");
        ObjectNode draftPt = ((ObjectNode) ptOrder.deepCopy()).put("status", "draft");
        draft.putArray("entry").addObject().set("resource", draftPt);
        HttpResponse<String> r = post("/cds-services/careweave-order-sign", req.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode cards = JSON.readTree(r.body()).get("cards");
        // The hip case's OT problems (lower-body dressing, toileting, toilet and tub transfers) make OT indicated.
        assertEquals(1, cards.size(), r.body());
        JsonNode card = cards.get(0);
        assertEquals("OT is indicated too: add an OT referral", card.get("summary").asText());
        JsonNode action = card.get("suggestions").get(0).get("actions").get(0);
        assertEquals("create", action.get("type").asText());
        assertEquals("ServiceRequest", action.get("resource").get("resourceType").asText());
        assertEquals("84478008", action.get("resource").get("code").get("coding").get(0).get("code").asText());
        assertEquals("Patient/pat-1", action.get("resource").get("subject").get("reference").asText());
        Case c = CdsService.withOrders(twin("hip-replacement"), List.of(new Order("pt", twin("hip-replacement").asOf())));
        ObjectNode expected = JSON.createObjectNode();
        expected.set("cards", CdsCards.orderSign(TestRules.planner().plan(c), java.util.Set.of("pt"),
                java.util.Set.of(), "Patient/pat-1", service.mapping()));
        assertEquals(expected, JSON.readTree(r.body()));
    }

    @Test
    void orderSignReadsTheOptionalPrecautionsPrefetchAndTheCardNamesThem() throws Exception {
        ObjectNode prefetch = prefetch("hip-replacement");
        ArrayNode orders = (ArrayNode) prefetch.get("orders").get("entry");
        JsonNode ptOrder = orders.get(0).get("resource");
        orders.removeAll();
        // the optional key: a searchset with one active Flag, posterior hip precautions on the right hip
        ObjectNode flags = prefetch.putObject("precautions");
        flags.put("resourceType", "Bundle");
        flags.put("type", "searchset");
        flags.putArray("entry").addObject().set("resource", JSON.readTree("{\"resourceType\":\"Flag\",\"id\":"
                + "\"f1\",\"status\":\"active\",\"code\":{\"coding\":[{\"system\":"
                + "\"http://careweave.org/fhir/CodeSystem/precaution\",\"code\":\"hip-posterior\"}]},"
                + "\"subject\":{\"reference\":\"Patient/pat-1\"},\"extension\":[{\"url\":"
                + "\"http://careweave.org/fhir/StructureDefinition/body-site\",\"valueCodeableConcept\":{\"coding\":["
                + "{\"system\":\"http://snomed.info/sct\",\"code\":\"24136001\"},"
                + "{\"system\":\"http://snomed.info/sct\",\"code\":\"24028007\"}]}}]}"));
        ObjectNode req = request("order-sign", prefetch);
        ObjectNode draft = ((ObjectNode) req.get("context")).putObject("draftOrders");
        draft.put("resourceType", "Bundle");
        draft.put("type", "collection");
        draft.putArray("entry").addObject().set("resource", ((ObjectNode) ptOrder.deepCopy()).put("status", "draft"));
        HttpResponse<String> r = post("/cds-services/careweave-order-sign", req.toString());
        assertEquals(200, r.statusCode(), r.body());
        JsonNode card = JSON.readTree(r.body()).get("cards").get(0);
        assertEquals("OT is indicated too: add an OT referral", card.get("summary").asText(), "the summary is unchanged");
        // posterior hip precautions bind PT and OT (rules/tables/precaution-texts.csv: mobility and self-care)
        // the healing operation's own line (PT) may come first (plan/healing.drl); the posterior hip line is among them
        assertTrue(card.get("detail").asText().contains("\n\n**Precautions:** "), card.get("detail").asText());
        assertTrue(card.get("detail").asText().contains("Posterior hip precautions (PT, OT)"),
                card.get("detail").asText());
        Case twin = twin("hip-replacement");
        Case c = CdsService.withOrders(new Case(twin.caseId(), twin.asOf(), twin.patient(), twin.setting(),
                twin.payer(), twin.conditions(), twin.findings(), twin.home(), twin.goals(), twin.orders(),
                twin.visits(), twin.plansOfCare(), twin.billing(),
                List.of(new Precaution("hip-posterior", null, "lower-limb", "right", null))),
                List.of(new Order("pt", twin.asOf())));
        ObjectNode expected = JSON.createObjectNode();
        expected.set("cards", CdsCards.orderSign(TestRules.planner().plan(c), java.util.Set.of("pt"),
                java.util.Set.of(), "Patient/pat-1", service.mapping()));
        assertEquals(expected, JSON.readTree(r.body()), "the same cards as the library's plan of the same case");
    }

    @Test
    void orderSignWithoutATherapyOrderHasNoCards() throws Exception {
        ObjectNode req = request("order-sign", prefetch("stroke"));
        ObjectNode draft = ((ObjectNode) req.get("context")).putObject("draftOrders");
        draft.put("resourceType", "Bundle");
        draft.put("type", "collection");
        draft.putArray("entry").addObject().putObject("resource").put("resourceType", "ServiceRequest")
                .put("status", "draft").put("intent", "order").putObject("subject").put("reference", "Patient/pat-1");
        HttpResponse<String> r = post("/cds-services/careweave-order-sign", req.toString());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(0, JSON.readTree(r.body()).get("cards").size());
    }

    @Test
    void missingPrefetchIs412WithAnOperationOutcome() throws Exception {
        ObjectNode prefetch = prefetch("hand");
        prefetch.remove("observations");
        HttpResponse<String> r = post("/cds-services/careweave-patient-view", request("patient-view", prefetch).toString());
        assertEquals(412, r.statusCode());
        JsonNode oo = JSON.readTree(r.body());
        assertEquals("OperationOutcome", oo.get("resourceType").asText());
        assertTrue(oo.get("issue").get(0).get("diagnostics").asText().contains("observations"));
    }

    @Test
    void malformedJsonWrongHookAndUnmappableDataAre400() throws Exception {
        HttpResponse<String> r = post("/cds-services/careweave-patient-view", "{\"hook\": \"patient-view\", ");
        assertEquals(400, r.statusCode());
        assertEquals("OperationOutcome", JSON.readTree(r.body()).get("resourceType").asText());
        assertTrue(r.body().contains("malformed JSON"));
        r = post("/cds-services/careweave-patient-view", request("order-sign", prefetch("hand")).toString());
        assertEquals(400, r.statusCode());
        ObjectNode bad = prefetch("hand");
        ((ObjectNode) bad.get("observations").get("entry").get(0).get("resource").get("code").get("coding").get(0))
                .put("system", "http://loinc.org").put("code", "8867-4");
        r = post("/cds-services/careweave-patient-view", request("patient-view", bad).toString());
        assertEquals(400, r.statusCode(), r.body());
        JsonNode issue = JSON.readTree(r.body()).get("issue").get(0);
        assertEquals("prefetch.observations.entry[0].resource.code", issue.get("expression").get(0).asText());
        assertTrue(issue.get("diagnostics").asText().startsWith("prefetch.observations.entry[0].resource.code: "),
                issue.toString());
        assertFalse(r.body().contains("P-9101"), "no patient identifier in an error");
        assertEquals(404, post("/cds-services/nope", "{}").statusCode());
        assertEquals(405, get("/cds-services/careweave-patient-view").statusCode());
    }

    @Test
    void twoHundredEightRequestsFromSixteenThreadsAllGetTheLibrarysCards() throws Exception {
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        for (String e : EXAMPLES) {
            bodies.put(e, request("patient-view", prefetch(e)).toString());
            expected.put(e, expectedPatientView(e));
        }
        ExecutorService clients = Executors.newFixedThreadPool(16);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                int thread = t;
                results.add(clients.submit(() -> {
                    for (int i = 0; i < 13; i++) {
                        String e = EXAMPLES.get((thread + i) % EXAMPLES.size());
                        HttpResponse<String> r = post("/cds-services/careweave-patient-view", bodies.get(e));
                        if (r.statusCode() != 200 || !JSON.readTree(r.body()).equals(expected.get(e))) {
                            return e + ": " + r.statusCode();
                        }
                    }
                    return "ok";
                }));
            }
            for (Future<String> f : results) {
                assertEquals("ok", f.get());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    /** The status line and the body of one answer read from a raw connection (headers skipped). */
    static String answer(java.net.Socket socket) throws java.io.IOException {
        var in = socket.getInputStream();
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.append((char) b);
        }
        var length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(head);
        String body = length.find() ? new String(in.readNBytes(Integer.parseInt(length.group(1))),
                java.nio.charset.StandardCharsets.UTF_8) : "";
        return head.toString().lines().findFirst().orElse("") + " " + body;
    }

    /**
     * A Content-Length over 10 MiB is answered 413 at once, before the body is sent: it used to wait for the body
     * and read 10 MiB of it first (here the client sends none, so the test's 10-second read timed out).
     */
    @Test
    void aContentLengthOverTheLimitIs413BeforeAnyOfTheBodyIsRead() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (CdsServer.MAX_BODY + 1L) + "\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = answer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            assertTrue(answer.contains("request body over 10485760 bytes"), answer);
            assertTrue(answer.contains("\"resourceType\": \"OperationOutcome\""), answer);
        }
    }

    /** A chunked body (no Content-Length) one byte over 10 MiB is answered 413, read no further than that. */
    @Test
    void aChunkedBodyOverTheLimitIs413() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(30_000);
            Thread sender = new Thread(() -> {
                try {
                    var out = new java.io.BufferedOutputStream(socket.getOutputStream());
                    out.write(("POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    for (int left = CdsServer.MAX_BODY + 1; left > 0; left -= chunk.length) {
                        int n = Math.min(left, chunk.length);
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.flush();
                } catch (java.io.IOException expected) {
                    // the server stops reading once it has answered
                }
            });
            sender.start();
            String answer = answer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
            sender.join(30_000);
        }
    }

    /**
     * Hostile-client trial: 16 stalled clients (the --threads default) held every worker of the JDK server for up to
     * the 20 s timeout, so even GET /health waited. Here 64 connections stall (a third send nothing, a third half a
     * request line and headers, a third whole headers and half a body) and stay open throughout, yet /health and a
     * real hook call are answered at once: a request is read without a thread, and only a whole hook call takes a
     * planning thread.
     */
    @Test
    void sixtyFourStalledConnectionsDelayNeitherHealthNorAHookCall() throws Exception {
        String hookCall = request("patient-view", prefetch("knee-replacement-visits")).toString();
        JsonNode expected = expectedPatientView("knee-replacement-visits");
        post("/cds-services/careweave-patient-view", hookCall); // warm: the first plan of a rule set is slower
        String[] stalls = {"", "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: localhost\r\nContent-",
                "POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + "application/json\r\nContent-Length: 5000\r\n\r\n{\"hook\":\"patient-view\","};
        List<java.net.Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 64; i++) {
                java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port());
                stalled.add(socket);
                socket.getOutputStream().write(stalls[i % 3].getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
            }
            Thread.sleep(300); // let the server take every stalled connection in (and, before, give each a worker)
            long t0 = System.nanoTime();
            HttpResponse<String> health = get("/health");
            long healthMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, health.statusCode(), health.body());
            t0 = System.nanoTime();
            HttpResponse<String> cards = post("/cds-services/careweave-patient-view", hookCall);
            long hookMs = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, cards.statusCode(), cards.body());
            assertEquals(expected, JSON.readTree(cards.body()));
            // the timeout is 20 s: a reply that waited for a stalled client's worker would take that long
            assertTrue(healthMs < 2_000, "health answered in " + healthMs + " ms");
            assertTrue(hookMs < 5_000, "hook call answered in " + hookMs + " ms");
            for (java.net.Socket socket : stalled) {
                socket.setSoTimeout(50);
                try {
                    int b = socket.getInputStream().read();
                    throw new AssertionError("a stalled connection was answered or closed: " + b);
                } catch (java.net.SocketTimeoutException stillWaiting) {
                    // open and unanswered: the client still stalls while the others are served
                }
            }
        } finally {
            for (java.net.Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /**
     * Hostile-client trial: {@code Content-Length: -1} or {@code abc} got the JDK server's HTML 400 page. Now the
     * service's OperationOutcome, naming the header and not repeating its value.
     */
    @Test
    void aContentLengthThatIsNoLengthIsA400OperationOutcomeNamingTheHeader() throws Exception {
        for (String length : List.of("-1", "abc", "12abc", "99999999999999999999999")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: localhost"
                        + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{}")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                String answer = answer(socket);
                assertTrue(answer.startsWith("HTTP/1.1 400 "), length + ": " + answer);
                String body = answer.substring(answer.indexOf(' ', "HTTP/1.1 400 ".length()) + 1);
                JsonNode issue = JSON.readTree(answer.substring(answer.indexOf('{'))).get("issue").get(0);
                assertEquals("the Content-Length header must be the body's length in bytes (a whole number, 0 or "
                        + "more, given once)", issue.get("diagnostics").asText(), length);
                assertFalse(body.contains("<"), "no HTML: " + answer);
                assertFalse(body.contains(length), "the value is not repeated: " + answer);
            }
        }
    }

    /** A chunked body whose chunk size is no hex number: JSON too, not an HTML page or a dropped connection. */
    @Test
    void aMalformedChunkedBodyIsA400OperationOutcome() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\nzz\r\n").getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String answer = answer(socket);
            assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
            assertEquals("OperationOutcome", JSON.readTree(answer.substring(answer.indexOf('{')))
                    .get("resourceType").asText(), answer);
        }
    }

    /**
     * careweave serve --timeout: a client that sends part of its body and stalls is answered 408 and disconnected once
     * it has been silent for the timeout, not left holding anything. (Before Jetty: disconnected without an answer by
     * the JDK server's maxReqTime; before that, the connection stayed open as long as the client kept it.)
     */
    @Test
    void aClientThatStallsInItsBodyIsDisconnectedAfterTheTimeout() throws Exception {
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "org.careweave.internal.cli.Main", "serve", "--port", "0", "--timeout", "1", "--rules", "rules");
        Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var err = new java.io.BufferedReader(new java.io.InputStreamReader(p.getErrorStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
            String line = err.readLine();
            assertTrue(line != null && line.startsWith("careweave CDS Hooks service on http://127.0.0.1:"),
                    String.valueOf(line));
            int port = Integer.parseInt(line.replaceAll(".*127\\.0\\.0\\.1:(\\d+)/.*", "$1"));
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(15_000);
                socket.getOutputStream().write(("POST /cds-services/careweave-patient-view HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"hook\":").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                long t0 = System.nanoTime();
                String answer = answer(socket);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertTrue(answer.startsWith("HTTP/1.1 408 "), answer);
                assertTrue(answer.contains("no more of the request body came for 1 s"), answer);
                assertTrue(ms >= 900 && ms < 10_000, "answered after " + ms + " ms");
                int read;
                try {
                    read = socket.getInputStream().read();
                } catch (java.net.SocketException reset) {
                    read = -1; // closed by the server: a reset is as good as an end
                }
                assertEquals(-1, read, "the connection is closed after the 408");
            }
        } finally {
            p.destroy();
            p.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }
}
