package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.careweave.InputException;
import org.careweave.TestRules;
import org.careweave.model.Case;
import org.careweave.model.Finding;
import org.careweave.model.Service;
import org.careweave.model.Visit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input that must be refused, each kind at its pointer, whether it comes as JSON or as a Case built in Java. */
class InputRefusalTest {

    private static final String BASE = """
            {"caseId":"c","asOf":"2026-11-20","setting":"outpatient",
             "patient":{"birthDate":"1951-04-02"},
             "payer":{"kind":"medicare-part-b","allowedToDate":{"ptSlp":100,"ot":0}},
             "findings":[{"area":"pain","score":6}],
             "visits":[{"date":"2026-11-12","services":[{"discipline":"pt","code":"97110","minutes":30,"start":"10:00"}]}]}""";

    private static String refuse(String json) {
        return assertThrows(InputException.class, () -> CaseReader.read(json)).getMessage();
    }

    @Test
    void theBaseCaseIsAccepted() {
        CaseReader.read(BASE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "score 1e400        | \"score\":6                  | \"score\":1e400                | /findings/0/score: must be a finite number",
        "score -1e300       | \"score\":6                  | \"score\":-1e300               | /findings/0/score: must be within 0-10 (nrs-0-10)",
        "score 11           | \"score\":6                  | \"score\":11                   | /findings/0/score: must be within 0-10 (nrs-0-10)",
        "allowed 1e400      | \"ptSlp\":100                | \"ptSlp\":1e400                | /payer/allowedToDate/ptSlp: must be a finite number",
        "allowed 1e12       | \"ptSlp\":100                | \"ptSlp\":1e12                 | /payer/allowedToDate/ptSlp: must be <= 10000000",
        "year +99999        | \"asOf\":\"2026-11-20\"        | \"asOf\":\"+99999-01-01\"        | /asOf: not a date (YYYY-MM-DD)",
        "year -0001         | \"birthDate\":\"1951-04-02\"   | \"birthDate\":\"-0001-01-01\"    | /patient/birthDate: not a date (YYYY-MM-DD)",
        "year 0001          | \"birthDate\":\"1951-04-02\"   | \"birthDate\":\"0001-01-01\"     | /patient/birthDate: year outside 1900-2199",
        "year 9999          | \"date\":\"2026-11-12\"        | \"date\":\"9999-12-31\"          | /visits/0/date: year outside 1900-2199",
        "time with seconds  | \"start\":\"10:00\"            | \"start\":\"10:00:30\"           | /visits/0/services/0/start: not a time (HH:MM)",
    })
    void aValueOutOfItsFormOrScaleIsRefusedAtItsPointer(String name, String from, String to, String message) {
        assertTrue(BASE.contains(from), name);
        assertEquals(message, refuse(BASE.replace(from, to)));
    }

    /**
     * Issue 11 (fresh-user trial): a 266 MB case of 19 MB goal texts ran a 256 MB heap out of memory (exit 1, a stack
     * trace), and 500 visit dates of 30 services each (every list within 500 items) ran into the 60 s plan limit,
     * blaming a billing rule. Each is now bad input at its pointer.
     */
    @Test
    void aCaseBeyondItsSizeLimitsIsRefusedAtItsPointer() throws Exception {
        String longText = "a".repeat(CaseReader.MAX_TEXT + 1);
        assertEquals("/goals/0/text: must be at most 1000 characters",
                refuse(BASE.replace("\"findings\"", "\"goals\":[{\"activity\":\"school\",\"text\":\"" + longText + "\"}],\"findings\"")));
        CaseReader.read(BASE.replace("\"findings\"", "\"goals\":[{\"activity\":\"school\",\"text\":\"" + longText.substring(1)
                + "\"}],\"findings\""));

        // 2,001 services: 500 dates of 4 and one more
        String visits = TestRules.fourServicesADay(500).replaceFirst("\\{\"discipline\"",
                "{\"discipline\":\"pt\",\"code\":\"97110\",\"minutes\":15},{\"discipline\"");
        String many = "{\"caseId\":\"c\",\"setting\":\"outpatient\",\"visits\":[" + visits + "]}";
        assertEquals("/visits: at most 2000 services in all visits together (e.g. 500 visit dates of 4 services);"
                + " split the claim period", refuse(many));
        CaseReader.read("{\"caseId\":\"c\",\"setting\":\"outpatient\",\"visits\":["
                + TestRules.fourServicesADay(500) + "]}");

        // larger than 1 MiB, as text and as a stream: refused before it is parsed; the one long string that makes it
        // so is under a key a case does not have, so it is placed at the object holding it (here the document)
        String big = BASE.replace("\"findings\"", "\"x\":\"" + "b".repeat(CaseReader.MAX_CASE_BYTES) + "\",\"findings\"");
        String expected = "/: an unknown field holds a string over 1000 characters (the case is over 1048576 bytes"
                + " (1 MiB) with it, so nothing after it was read)";
        assertEquals(expected, refuse(big));
        assertEquals(expected, refuseStream(big));
        // 400,000 three-byte characters are 1.2 MB though only 400,000 chars long
        String wide = BASE.replace("\"findings\"", "\"x\":\"" + "\u20ac".repeat(400_000) + "\",\"findings\"");
        assertEquals(expected, refuse(wide));
    }

    private static String refuseStream(String json) {
        return assertThrows(InputException.class, () -> CaseReader.read(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).getMessage();
    }

    /**
     * Stop 34 (hostile fresh user): a case with one 2 MB string (a goal text pasted from a document) was refused at
     * {@code /} as too large, which says nothing of where to mend it. The string is named at its pointer with its
     * field's own limit (the goal text's 1,000 characters, the caseId's 128, a precaution detail's 200), as text and
     * as a stream; its value is never repeated. The document is over the limit as a whole only when no one string
     * makes it so.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "goal text       | \"findings\"        | \"goals\":[{\"activity\":\"school\",\"text\":\"LONG\"}],\"findings\" | /goals/0/text: must be at most 1000 characters",
        "caseId          | \"caseId\":\"c\"     | \"caseId\":\"LONG\"                                              | /caseId: must be at most 128 characters",
        "precaution      | \"findings\"        | \"precautions\":[{\"kind\":\"fall-risk\"},{\"kind\":\"cardiac\",\"detail\":\"LONG\"}],\"findings\" | /precautions/1/detail: must be at most 200 characters",
        "condition       | \"findings\"        | \"conditions\":[{\"category\":\"stroke\",\"description\":\"LONG\"}],\"findings\" | /conditions/0: an unknown field holds a string over 1000 characters",
    })
    void oneStringThatMakesACaseTooLargeIsRefusedAtItsPointer(String name, String from, String to, String message) {
        assertTrue(BASE.contains(from), name);
        String json = BASE.replace(from, to.replace("LONG", "\u00e9".repeat(CaseReader.MAX_CASE_BYTES)));
        String expected = message + " (the case is over 1048576 bytes (1 MiB) with it, so nothing after it was read)";
        assertEquals(expected, refuse(json));
        assertEquals(expected, refuseStream(json));
    }

    /** The command line: exit 2, the file and the pointer on stderr, nothing of the text, nothing on stdout. */
    @Test
    void theCommandLineNamesTheLongStringsPointer() throws Exception {
        Path file = Files.createTempFile("long-goal", ".json");
        try {
            Files.writeString(file, BASE.replace("\"findings\"", "\"goals\":[{\"activity\":\"school\",\"text\":\""
                    + "SECRET ".repeat(300_000) + "\"}],\"findings\""));
            org.careweave.toolkit.Fixture.Cli r = org.careweave.toolkit.Fixture.run("plan", file.toString(), "--rules",
                    TestRules.RULES.toString());
            assertEquals(2, r.exit(), r.err());
            assertEquals("", r.out());
            assertEquals(file + ": /goals/0/text: must be at most 1000 characters (the case is over 1048576 bytes"
                    + " (1 MiB) with it, so nothing after it was read)", r.err().strip());
        } finally {
            Files.delete(file);
        }
    }

    /** Many strings each within the parser's view of a long one (2,000 units) but 1.2 MB together: the document. */
    @Test
    void aCaseTooLargeAsAWholeIsRefusedAtTheDocument() {
        String goal = "{\"activity\":\"school\",\"text\":\"" + "g".repeat(1_500) + "\"}";
        String json = BASE.replace("\"findings\"", "\"goals\":[" + String.join(",", java.util.Collections.nCopies(800, goal))
                + "],\"findings\"");
        String expected = "/: the case is larger than 1048576 bytes (1 MiB), the most one case may be (a plan --batch"
                + " line too)";
        assertEquals(expected, refuse(json));
        assertEquals(expected, refuseStream(json));
    }

    /**
     * A goal text of 2,500 characters is over every string limit of a case (2,000 units, twice the longest text),
     * but the parser checks its own string limit only as its buffer fills, which it did not for a string this
     * short: the 1 MiB string after it was named instead, at the document. The first one too long is named.
     */
    @Test
    void theFirstStringOverTheLongStringLimitIsNamedHoweverLittleOverItIs() {
        String json = BASE.replace("\"findings\"", "\"goals\":[{\"activity\":\"school\",\"text\":\""
                + "g".repeat(2_500) + "\"}],\"x\":\"" + "b".repeat(CaseReader.MAX_CASE_BYTES) + "\",\"findings\"");
        String expected = "/goals/0/text: must be at most 1000 characters (the case is over 1048576 bytes (1 MiB) with"
                + " it, so nothing after it was read)";
        assertEquals(expected, refuse(json));
        assertEquals(expected, refuseStream(json));
        // 2,000 characters are within it: the next string is the first too long
        String within = BASE.replace("\"findings\"", "\"goals\":[{\"activity\":\"school\",\"text\":\""
                + "g".repeat(2_000) + "\"}],\"x\":\"" + "b".repeat(CaseReader.MAX_CASE_BYTES) + "\",\"findings\"");
        assertEquals("/: an unknown field holds a string over 1000 characters (the case is over 1048576 bytes (1 MiB)"
                + " with it, so nothing after it was read)", refuse(within));
    }

    @Test
    void trailingContentIsRefused() {
        assertTrue(refuse(BASE + " x").startsWith("/: malformed JSON"));
        assertTrue(refuse(BASE + BASE).startsWith("/: malformed JSON"));
        assertTrue(refuse(BASE + "\n" + BASE).startsWith("/: malformed JSON"));
    }

    /**
     * Issue 11 (fresh-user trial): two objects in one file said "Trailing token (of type START_OBJECT) found after
     * value (bound as `com.fasterxml.jackson.databind.JsonNode`)...". careweave's own words and the position of
     * what follows the case, worked out by hand: the one-line case below is 37 characters long.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a token after the case | ' x'       | /: malformed JSON at line 1, column 39: more after the first JSON value; one case per file (per batch line)",
        "two objects            | X          | /: malformed JSON at line 1, column 38: more after the first JSON value; one case per file (per batch line)",
        "a comment after it     | ' // note' | /: malformed JSON at line 1, column 39: more after the first JSON value; one case per file (per batch line)",
        "a stray bracket        | ]          | /: malformed JSON at line 1, column 38: more after the first JSON value; one case per file (per batch line)",
    })
    void whatFollowsTheCaseIsRefusedInCareweavesWordsAtItsPosition(String what, String after, String message) {
        String one = "{\"caseId\":\"c\",\"setting\":\"outpatient\"}";
        assertEquals(37, one.length());
        String input = one + (after.equals("X") ? one : after);
        assertEquals(message, refuse(input), what);
        // a batch line says the same, as that line's error
        org.careweave.internal.batch.LineResult line = org.careweave.internal.batch.BatchPlanner.planLine(
                TestRules.planner(), 7, input, false);
        assertEquals(message, line.failure().message(), what);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "cut short         | '{\"caseId\": '                   | /: malformed JSON at line 1, column 12: the text ends before the case does",
        "missing comma     | '{\"caseId\":\"c\" \"setting\":1}' | /: malformed JSON at line 1, column 15: a comma is missing between two entries",
        "a field twice     | '{\"caseId\":\"c\",\"caseId\":\"d\"}'  | /caseId: malformed JSON at line 1, column 23: a field given twice in one object",
        "unquoted name     | '{caseId:1}'                       | /: malformed JSON at line 1, column 2: a field name must be in double quotes",
        "leading zero      | '{\"caseId\":01}'                 | /: malformed JSON at line 1, column 12: not a JSON number",
    })
    void malformedJsonIsSaidInCareweavesWords(String what, String input, String message) {
        assertEquals(message, refuse(input), what);
    }

    /**
     * Issue 11 (fresh-user trial): a 5 MB caseId was copied into the plan. The contract's caseId is 1-128 characters
     * without control characters, refused at /caseId by the reader, for a Case built in Java, by the CLI (exit 2)
     * and by the case schema alike.
     */
    @Test
    void aCaseIdIsOneTo128CharactersWithoutControlCharacters() throws Exception {
        String longest = "c".repeat(128);
        assertEquals(longest, CaseReader.read(BASE.replace("\"caseId\":\"c\"", "\"caseId\":\"" + longest + "\""))
                .caseId());
        assertEquals("/caseId: must be at most 128 characters",
                refuse(BASE.replace("\"caseId\":\"c\"", "\"caseId\":\"" + longest + "c\"")));
        assertEquals("/caseId: must not contain control characters",
                refuse(BASE.replace("\"caseId\":\"c\"", "\"caseId\":\"c\\u001b[2J\"")));
        // 128 characters outside the BMP are 256 chars of Java but 128 characters of JSON Schema's maxLength
        String emoji = "\uD83D\uDE00".repeat(128);
        assertEquals(emoji, CaseReader.read(BASE.replace("\"caseId\":\"c\"", "\"caseId\":\"" + emoji + "\"")).caseId());

        Case good = CaseReader.read(BASE);
        Case huge = new Case("x".repeat(5_000_000), good.asOf(), good.patient(), good.setting(), good.payer(),
                good.conditions(), good.findings(), good.home(), good.goals(), good.orders(), good.visits(),
                good.plansOfCare(), good.billing(), good.precautions());
        InputException e = assertThrows(InputException.class, () -> TestRules.planner().plan(huge));
        assertEquals("/caseId", e.pointer());
        assertEquals("/caseId: must be at most 128 characters", e.getMessage());

        Path file = Files.createTempFile("caseid", ".json");
        try {
            // within the 1 MiB a case file may be, so the caseId's own limit is what refuses it
            Files.writeString(file, BASE.replace("\"caseId\":\"c\"", "\"caseId\":\"" + "x".repeat(1_000_000) + "\""));
            org.careweave.toolkit.Fixture.Cli r = org.careweave.toolkit.Fixture.run("plan", file.toString(), "--rules",
                    TestRules.RULES.toString());
            assertEquals(2, r.exit(), r.err());
            assertEquals("", r.out());
            assertEquals(file + ": /caseId: must be at most 128 characters", r.err().strip());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aListOverTheDocumentedSizeIsRefused() {
        String visit = "{\"date\":\"2026-11-12\",\"services\":[]}";
        String many = String.join(",", java.util.Collections.nCopies(CaseReader.MAX_ITEMS + 1, visit));
        assertEquals("/visits: at most 500 items", refuse(BASE.replaceFirst("\"visits\":\\[.*\\]\\}$",
                "\"visits\":[" + many + "]}")));
    }

    @Test
    void aCaseBuiltInJavaGetsTheSameChecks() {
        Case good = CaseReader.read(BASE);
        assertEquals(good, CaseReader.validate(good, TestRules.planner().rules().vocabulary()));

        List<Finding> findings = new ArrayList<>(good.findings());
        findings.set(0, new Finding("made-up-area", null, null));
        Case madeUp = new Case(good.caseId(), good.asOf(), good.patient(), good.setting(), good.payer(),
                good.conditions(), findings, good.home(), good.goals(), good.orders(), good.visits(),
                good.plansOfCare(), good.billing(), good.precautions());
        InputException e = assertThrows(InputException.class, () -> TestRules.planner().plan(madeUp));
        assertTrue(e.getMessage().startsWith("/findings/0/area: not a finding area in tables/areas.csv"), e.getMessage());

        Service s = good.visits().get(0).services().get(0);
        Service negative = new Service(s.discipline(), s.code(), -30, s.cotreatment(), s.start(), s.byAssistant(),
                s.patientsInSession(), s.area(), s.assistantMinutes());
        Case minus = new Case(good.caseId(), good.asOf(), good.patient(), good.setting(), good.payer(),
                good.conditions(), good.findings(), good.home(), good.goals(), good.orders(),
                List.of(new Visit(good.visits().get(0).date(), List.of(negative))), good.plansOfCare(),
                good.billing(), good.precautions());
        e = assertThrows(InputException.class, () -> TestRules.planner().plan(minus));
        assertEquals("/visits/0/services/0/minutes: must be >= 0", e.getMessage());
    }

    @Test
    void planAllReportsACaseBuiltInJavaWithABadValueAsBadInputNotAsARulesFailure() {
        Case good = CaseReader.read(BASE);
        List<Finding> findings = new ArrayList<>(good.findings());
        findings.set(0, new Finding("made-up-area", null, null));
        Case madeUp = new Case("bad-one", good.asOf(), good.patient(), good.setting(), good.payer(),
                good.conditions(), findings, good.home(), good.goals(), good.orders(), good.visits(),
                good.plansOfCare(), good.billing(), good.precautions());
        try (java.util.stream.Stream<org.careweave.plan.Outcome> out =
                TestRules.planner().toCarePlanner().planAll(java.util.stream.Stream.of(good, madeUp))) {
            List<org.careweave.plan.Outcome> got = out.toList();
            assertTrue(got.get(0).ok());
            org.careweave.plan.Failure f = got.get(1).failure();
            assertEquals(org.careweave.plan.Failure.Kind.BAD_INPUT, f.kind());
            assertTrue(f.message().startsWith("/findings/0/area: not a finding area in tables/areas.csv"), f.message());
            assertEquals("bad-one", got.get(1).caseId());
        }
    }

    @Test
    void everyExampleValidatesAsBuilt() throws Exception {
        try (var files = Files.list(TestRules.EXAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList()) {
                Case c = CaseReader.read(f, TestRules.planner().rules().vocabulary());
                CaseReader.validate(c, TestRules.planner().rules().vocabulary());
            }
        }
    }
}
