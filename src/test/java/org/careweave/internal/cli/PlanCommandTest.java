package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI's promises: exit codes, nothing but the plan on stdout, diagnostics on stderr. */
class PlanCommandTest {

    record Result(int exit, String out, String err) {}

    static synchronized Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static final String CASE = """
            {"caseId": "cli-1", "asOf": "2026-11-20", "patient": {"id": "P-SECRET-77", "birthDate": "1950-01-01"},
             "setting": "outpatient", "findings": [ {"area": "walk-150-feet", "level": 2} ]}
            """;

    /** Hostile-user trial: plan --input fhir --batch was told about "--format json", which it never gave. */
    @Test
    void batchWithAOneCaseOptionNamesOnlyTheOptionsGiven(@TempDir Path dir) throws IOException {
        Path cases = Files.writeString(dir.resolve("cases.ndjson"), "{}\n");
        String head = "plan: --batch reads and writes careweave JSON lines only; ";
        Result r = run("plan", "--input", "fhir", "--batch", cases.toString(), "--rules", "rules");
        assertEquals(2, r.exit());
        assertEquals(head + "--input fhir is for one case\n", r.err());
        assertEquals("", r.out());
        r = run("plan", "--format", "text", "--batch", cases.toString(), "--rules", "rules");
        assertEquals(head + "--format text is for one case\n", r.err());
        r = run("plan", "--input", "fhir", "--format", "html", "--batch", cases.toString(), "--rules", "rules");
        assertEquals(head + "--input fhir and --format html are for one case\n", r.err());
        r = run("plan", "--input", "fhir", "--format", "json", "--batch", cases.toString(), "--rules", "rules");
        assertEquals(head + "--input fhir is for one case\n", r.err(), "--format json is what --batch writes");
    }

    @Test
    void aGoodCasePrintsOnlyThePlanAndExitsZero(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), CASE);
        Result r = run("plan", file.toString(), "--rules", "rules");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\n  \"caseId\" : \"cli-1\""), r.out());
        assertTrue(r.out().contains("\"lead\" : \"pt\""), r.out());
    }

    /**
     * Fresh-user trial: a case with several errors was refused for one at a time (fix, rerun, see the next). Each
     * is its own line at its pointer, in reading order, exit 2; no value of the case comes back.
     */
    @Test
    void aCaseWithSeveralErrorsListsEachOnItsOwnLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), CASE.replace("\"outpatient\"", "\"out-patient\"")
                .replace("1950-01-01", "1950-13-01").replace("\"level\": 2", "\"level\": 0"));
        Result r = run("plan", file.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertEquals(file + ": /patient/birthDate: not a date (YYYY-MM-DD)", lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ": /setting: not "), lines.get(1));
        assertEquals(file + ": /findings/0/level: must be >= 1", lines.get(2));
        assertFalse(r.err().contains("1950-13-01") || r.err().contains("out-patient") || r.err().contains("SECRET"),
                r.err());
    }

    /** Past twenty errors, one line counts the rest: a broken export does not flood the terminal. */
    @Test
    void aCaseWithManyErrorsListsTwentyAndCountsTheRest(@TempDir Path dir) throws IOException {
        String findings = String.join(", ", java.util.Collections.nCopies(30,
                "{\"area\": \"walk-150-feet\", \"level\": 7}"));
        Path file = Files.writeString(dir.resolve("case.json"), CASE.replace(
                "[ {\"area\": \"walk-150-feet\", \"level\": 2} ]", "[ " + findings + " ]"));
        Result r = run("plan", file.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        List<String> lines = r.err().lines().toList();
        assertEquals(21, lines.size(), r.err());
        assertEquals(file + ": /findings/19/level: must be <= 6", lines.get(19));
        assertEquals(file + ": ... and 10 more error(s)", lines.get(20));
    }

    @Test
    void negativeMinutesExitTwoWithThePointerAndNothingOnStdout(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), """
                {"caseId": "x", "setting": "outpatient",
                 "visits": [ {"date": "2026-11-21", "services": [
                   {"discipline": "pt", "code": "97110", "minutes": 10},
                   {"discipline": "pt", "code": "97112", "minutes": -3} ]} ]}
                """);
        Result r = run("plan", file.toString(), "--rules", "rules");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("/visits/0/services/1/minutes: must be >= 0"), r.err());
    }

    @Test
    void malformedJsonExitsTwo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), "{\"caseId\": ");
        Result r = run("plan", file.toString(), "--rules", "rules");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("malformed JSON"), r.err());
    }

    @Test
    void aFhirBundleWithoutInputFhirSaysToGiveInputFhir() {
        Path bundle = Path.of("examples/fhir/hip-replacement.bundle.json");
        Result r = run("plan", bundle.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(bundle + ": /resourceType: a FHIR resource, not a careweave case; a FHIR R4 Bundle is planned"
                + " with careweave plan --input fhir\n", r.err());
        // and with --input fhir the same file plans
        assertEquals(0, run("plan", "--input", "fhir", bundle.toString(), "--rules", "rules").exit());
    }

    @Test
    void aMissingFileOrBadOptionExitsTwo(@TempDir Path dir) {
        assertEquals(2, run("plan", dir.resolve("nope.json").toString()).exit());
        assertEquals(2, run("plan", "--format", "xml", "x.json").exit());
    }

    @Test
    void brokenRulesExitOneWithFileAndLine(@TempDir Path dir) throws IOException {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bad.drl"), "package x;\n\nrule \"r\" when\n  Foo( == )\nthen end\n");
        Path file = Files.writeString(dir.resolve("case.json"), CASE);
        Result r = run("plan", file.toString(), "--rules", rules.toString());
        assertEquals(1, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().contains("rules/bad.drl:4:8: "), r.err());
    }

    @Test
    void textFormatAndTraceSayWhichRuleDecided(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), CASE);
        Result r = run("plan", file.toString(), "--rules", "rules", "--format", "text", "--trace");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("PHYSICAL THERAPY\n  Assessment summary"), r.out());
        assertTrue(r.out().contains("- Walking 150 feet"), "area labels, not ids: " + r.out());
        assertTrue(r.out().contains("TRACE"), r.out());
    }

    @Test
    void noPatientIdentifierReachesTheLogs(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("case.json"), CASE);
        Result r = run("plan", file.toString(), "--rules", "rules");
        assertEquals(0, r.exit());
        assertTrue(!r.err().contains("P-SECRET-77") && !r.err().contains("cli-1"), r.err());
        assertTrue(!r.out().contains("P-SECRET-77"), "the plan itself never echoes the patient id");
    }

    /**
     * A bundle the FHIR reader maps but the planner's checks refuse (a goal longer than the contract's 1,000
     * characters) is bad input at the case's pointer, exit 2. Before: "the rules could not make a plan: internal
     * error (InputException)", exit 1.
     */
    @Test
    void aFhirCaseThePlannersChecksRefuseIsBadInputNotARulesFailure(@TempDir Path dir) throws IOException {
        String bundle = Files.readString(Path.of("examples/fhir/hip-replacement.bundle.json"));
        assertTrue(bundle.contains("\"text\": \"walk to church\""));
        Path file = Files.writeString(dir.resolve("long-goal.bundle.json"),
                bundle.replace("\"text\": \"walk to church\"", "\"text\": \"" + "w".repeat(1001) + "\""));
        Result r = run("plan", "--input", "fhir", file.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(file + ": /goals/0/text: must be at most 1000 characters\n", r.err());
    }

    /** FHIR JSON that is not UTF-8 is said as the JSON reader says it, not as the decoder's "Input length = 1". */
    @Test
    void aFhirFileThatIsNotUtf8IsSaidInCareweavesWords(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("latin1.bundle.json"),
                "{\"resourceType\":\"Bundle\",\"id\":\"Jos\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1));
        Result r = run("plan", "--input", "fhir", file.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals(file + ": 1 problem(s) reading the FHIR bundle:\n  Bundle: not UTF-8 text\n",
                r.err());
    }

    /**
     * A FHIR bundle is at most 8 MiB (FhirCaseReader.MAX_BUNDLE_BYTES): the hand example padded with trailing
     * spaces to exactly the limit plans; one byte more is refused at Bundle (it used to be read and planned).
     */
    @Test
    void aFhirBundleOfEightMebibytesPlansAndOneByteMoreIsRefusedAtBundle(@TempDir Path dir) throws IOException {
        byte[] hand = Files.readAllBytes(Path.of("examples/fhir/hand.bundle.json"));
        int max = org.careweave.fhir.FhirCaseReader.MAX_BUNDLE_BYTES;
        assertEquals(8 * 1024 * 1024, max);
        byte[] padded = java.util.Arrays.copyOf(hand, max);
        java.util.Arrays.fill(padded, hand.length, max, (byte) ' ');
        Path atLimit = Files.write(dir.resolve("at-limit.bundle.json"), padded);
        Result ok = run("plan", "--input", "fhir", atLimit.toString(), "--rules", "rules");
        assertEquals(0, ok.exit(), ok.err());
        Path over = Files.write(dir.resolve("over.bundle.json"), padded);
        Files.write(over, new byte[] {' '}, java.nio.file.StandardOpenOption.APPEND);
        Result r = run("plan", "--input", "fhir", over.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(over + ": 1 problem(s) reading the FHIR bundle:\n  Bundle: the bundle is larger"
                + " than 8388608 bytes (8 MiB), the most one FHIR bundle may be\n", r.err());
    }

    /**
     * Stop 34 (hostile fresh user): a bundle over 8 MiB because of one long string was refused at {@code Bundle}.
     * The first string over 1 MiB (longer than a whole case may be) is named at its FHIRPath in its entry, never
     * repeated; an element FHIR R4 does not have is placed by the element holding it.
     */
    @Test
    void aFhirBundleTooLargeForOneStringIsRefusedAtThatStringsFhirPath(@TempDir Path dir) throws IOException {
        String hand = Files.readString(Path.of("examples/fhir/hand.bundle.json"));
        String patient = "\"resourceType\": \"Patient\"";
        assertTrue(hand.contains(patient));
        String longText = "\"text\":{\"status\":\"generated\",\"div\":\"<div>" + "SECRET ".repeat(1_300_000)
                + "</div>\"},";
        Path over = Files.writeString(dir.resolve("note.bundle.json"), hand.replace(patient, longText + patient));
        Result r = run("plan", "--input", "fhir", over.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(over + ": 1 problem(s) reading the FHIR bundle:\n  entry 0 (Bundle.entry[0]): Resource.text.div:"
                + " a string over 1048576 characters (the bundle is over 8388608 bytes (8 MiB) with it, so nothing"
                + " after it was read)\n", r.err());
        Path unknown = Files.writeString(dir.resolve("unknown.bundle.json"), hand.replace(patient,
                longText.replace("\"div\"", "\"SECRET-NAME\"") + patient));
        r = run("plan", "--input", "fhir", unknown.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals(unknown + ": 1 problem(s) reading the FHIR bundle:\n  entry 0 (Bundle.entry[0]): Resource.text:"
                + " a string over 1048576 characters (the bundle is over 8388608 bytes (8 MiB) with it, so nothing"
                + " after it was read)\n", r.err());
    }

    /**
     * A 3 GiB bundle file (sparse: no disk used) is refused after reading 8 MiB of it; it used to be read whole,
     * which for a file this size ends in an OutOfMemoryError, and for a smaller one still holds all of it.
     */
    @Test
    void aThreeGibibyteFhirFileIsRefusedWithoutBeingReadWhole(@TempDir Path dir) throws IOException {
        Path huge = dir.resolve("huge.bundle.json");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.write("{\"resourceType\":\"Bundle\",\"id\":\"SECRET-9\",\"type\":\"collection\",\"x\":\"".getBytes(
                    StandardCharsets.UTF_8));
            f.setLength(3L << 30);
        }
        Result r = run("plan", "--input", "fhir", huge.toString(), "--rules", "rules");
        assertEquals(2, r.exit(), r.err());
        assertEquals("", r.out());
        assertEquals(huge + ": 1 problem(s) reading the FHIR bundle:\n  Bundle: the bundle is larger"
                + " than 8388608 bytes (8 MiB), the most one FHIR bundle may be\n", r.err());
    }

    /**
     * Fresh-user trial 3: {@code --format xml} printed the whole usage (40 lines) to say which formats there are. One
     * line now: picocli's words, which name the valid values, and where the usage is.
     */
    @Test
    void aBadOptionValueIsOneLineNamingTheValidValues() {
        Result r = run("plan", "examples/hip-replacement.json", "--format", "xml", "--rules", "rules");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("Invalid value for option '--format': expected one of [json, text, html, fhir] (case-sensitive)"
                + " but was 'xml'; see 'careweave plan --help'\n", r.err());
    }

    @Test
    void aMisspeltOptionIsOneLineWithASuggestion() {
        Result r = run("plan", "examples/hip-replacement.json", "--formt", "text", "--rules", "rules");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertEquals("Unknown options: '--formt', 'text' (did you mean --format?); see 'careweave plan --help'\n",
                r.err());
        r = run("plam", "examples/hip-replacement.json");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().endsWith("; see 'careweave --help'\n"), r.err());
    }

    @Test
    void aHugeOptionValueIsNotEchoedWhole() {
        String huge = "x".repeat(100_000);
        Result r = run("plan", "examples/hip-replacement.json", "--format", huge, "--rules", "rules");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().lines().count(), "one line");
        assertTrue(r.err().length() < 400, r.err().length() + " characters");
    }

    /**
     * Fresh-user trial 3's reader findings, through the command line: a null list, a fraction written with an
     * exponent, a lone surrogate, nesting past the parser's depth. Each exits 2 with one line naming its pointer,
     * nothing on stdout, no stack trace, the case's values not repeated.
     */
    @Test
    void theTrialsMalformedCasesAreOneLineAtTheirPointerWithExitTwo(@TempDir Path dir) throws IOException {
        String[][] cases = {
            {"\"findings\": [ {\"area\": \"walk-150-feet\", \"level\": 2} ]", "\"findings\": null",
                "/findings: must be an array, not null (leave the field out when there is none)"},
            {"\"patient\": {\"id\": \"P-SECRET-77\", \"birthDate\": \"1950-01-01\"}", "\"patient\": null",
                "/patient: must be an object, not null (leave the field out when there is none)"},
            {"\"level\": 2", "\"level\": 2.5e0", "/findings/0/level: must be a whole number"},
            {"\"P-SECRET-77\"", "\"P-SECRET-77\\ud800\"",
                "/patient/id: not Unicode text: a lone UTF-16 surrogate (a \\ud800-\\udfff escape without its pair)"},
        };
        for (String[] c : cases) {
            assertTrue(CASE.contains(c[0]), c[0]);
            Path file = Files.writeString(dir.resolve("case.json"), CASE.replace(c[0], c[1]));
            Result r = run("plan", file.toString(), "--rules", "rules");
            assertEquals(List.of(2, file + ": " + c[2] + "\n", ""), List.of(r.exit(), r.err(), r.out()), c[1]);
        }
        // an integral value written with an exponent or a fraction is that whole number: the same plan as 2
        Result two = run("plan", Files.writeString(dir.resolve("two.json"), CASE).toString(), "--rules", "rules");
        for (String level : new String[] {"2.0", "2e0", "0.2e1", "20E-1"}) {
            Path file = Files.writeString(dir.resolve("case.json"), CASE.replace("\"level\": 2", "\"level\": " + level));
            Result r = run("plan", file.toString(), "--rules", "rules");
            assertEquals(List.of(0, "", two.out()), List.of(r.exit(), r.err(), r.out()), level);
        }
        // nesting past the parser's 1000 levels inside the patient's id: the value that holds it, where it stopped
        Path deep = Files.writeString(dir.resolve("deep.json"),
                CASE.replace("\"P-SECRET-77\"", "[".repeat(1500) + "]".repeat(1500)));
        Result r = run("plan", deep.toString(), "--rules", "rules");
        assertEquals(2, r.exit());
        assertEquals("", r.out());
        assertTrue(r.err().matches(java.util.regex.Pattern.quote(deep.toString()) + ": /patient/id: malformed JSON at"
                + " line 1, column \\d+: nested deeper than the parser reads \\(1000 levels\\)\n"), r.err());
        assertFalse(r.err().contains("SECRET") || r.err().contains("1950-01-01"), r.err());
    }
}
