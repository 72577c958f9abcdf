package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careweave.InputException;
import org.careweave.TestRules;
import org.careweave.internal.io.SafeText;
import org.careweave.toolkit.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input reaches a person only escaped and bounded: no terminal control, no 10 MB echo, no birth date. */
class EchoTest {

    @TempDir
    Path dir;

    private static final String ESC_OSC = "\u001b]0;pwned\u0007\u001b[31m";
    private static final String BIDI = "\u202Eevil\u202C";

    @Test
    void controlCharactersAreEscaped() {
        assertEquals("a\\u001B]0;pwned\\u0007\\u001B[31m b\\u202Eevil\\u202C\nc", SafeText.escape("a" + ESC_OSC + " b"
                + BIDI + "\nc"));
        assertEquals("x\\u000Ay", SafeText.excerpt("x\ny"));
        assertEquals("a".repeat(40) + "...", SafeText.excerpt("a".repeat(10_000_000)));
    }

    /**
     * Issue 11 (fresh-user trial): a diagnosis or a name typed into a vocabulary field came back in a 40-character
     * excerpt, with every allowed value (~600 bytes). The error names the pointer and the table, and a bounded list.
     */
    @Test
    void aValueOutsideItsVocabularyIsNotRepeatedAndTheListIsBounded() {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(
                "{\"caseId\":\"c\",\"setting\":\"Z96.641 Jane Roe\"}"));
        assertEquals("/setting: not a setting in tables/settings.csv (5 values: outpatient, home-health, "
                + "skilled-nursing, inpatient-rehab, acute)", e.getMessage());
        InputException area = assertThrows(InputException.class, () -> CaseReader.read(
                "{\"caseId\":\"c\",\"setting\":\"outpatient\",\"findings\":[{\"area\":\"Jane Roe\"}]}"));
        assertEquals("/findings/0/area: not a finding area in tables/areas.csv (49 values, e.g. eating, oral-hygiene, "
                + "toileting-hygiene, ...)", area.getMessage());
        InputException payer = assertThrows(InputException.class, () -> CaseReader.read(
                "{\"caseId\":\"c\",\"setting\":\"outpatient\",\"payer\":{\"kind\":\"M12.5 Roe\"}}"));
        assertEquals("/payer/kind: not a payer kind in tables/payers.csv (5 values: medicare-part-b, medicare-part-a, "
                + "medicaid, commercial, self-pay)", payer.getMessage());
        InputException code = assertThrows(InputException.class, () -> CaseReader.read("{\"caseId\":\"c\",\"setting\":"
                + "\"outpatient\",\"visits\":[{\"date\":\"2026-11-20\",\"services\":[{\"discipline\":\"pt\","
                + "\"code\":\"Z96.641\",\"minutes\":10}]}]}"));
        assertEquals("/visits/0/services/0/code: not a CPT/HCPCS code (5 digits or capital letters, e.g. 97110 or G0283)",
                code.getMessage());
    }

    @Test
    void aHugeValueOrFieldNameComesBackBoundedAndEscaped() {
        String huge = ESC_OSC + "x".repeat(1_000_000); // within the 1 MiB a case may be
        String escaped = huge.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007");
        InputException value = assertThrows(InputException.class, () -> CaseReader.read(
                "{\"caseId\":\"c\",\"setting\":\"" + escaped + "\"}"));
        assertEquals("/setting: must be at most 1000 characters", value.getMessage());
        String longName = escaped.substring(0, 20_000); // the parser refuses a name past 50,000 characters itself
        InputException name = assertThrows(InputException.class, () -> CaseReader.read(
                "{\"caseId\":\"c\",\"setting\":\"outpatient\",\"" + longName + "\":1}"));
        // not a field name: not repeated at all, said at the document by position (int-27, i14), the allowed
        // fields listed after it
        assertTrue(name.getMessage().length() < 400, "bounded: " + name.getMessage().length());
        assertFalse(name.getMessage().contains("\u001b") || name.getMessage().contains("pwned"), name.getMessage());
        assertTrue(name.getMessage().startsWith("/: an unknown field, the 3rd key ("), name.getMessage());
    }

    @Test
    void aMalformedDocumentQuotesLittleOfIt() {
        String json = "{\"caseId\":" + "t".repeat(1_000_000) + "}";
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(json));
        assertTrue(e.getMessage().length() < 400, e.getMessage().length() + ": " + e.getMessage());
    }

    @Test
    void aBadBirthDateIsNotRepeated() {
        InputException e = assertThrows(InputException.class, () -> CaseReader.read("""
                {"caseId":"c","setting":"outpatient","patient":{"birthDate":"1951-02-30"}}
                """));
        assertEquals("/patient/birthDate: not a date (YYYY-MM-DD)", e.getMessage());
    }

    @Test
    void textFormatEscapesWhatTheCaseSaid() throws Exception {
        Path file = dir.resolve("c.json");
        // the patient's own goal words are shown (a caseId may not hold control characters at all)
        Files.writeString(file, Fixture.WALK_CASE.replace("\"setting\": \"outpatient\",", "\"setting\": \"outpatient\", "
                + "\"goals\": [ { \"text\": \"" + ESC_OSC.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007") + BIDI
                + "\", \"activity\": \"walk-150-feet\" } ],"));
        Fixture.Cli r = Fixture.run("plan", file.toString(), "--format", "text", "--rules",
                TestRules.RULES.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u202E") || r.out().contains("\u0007"), r.out());
        assertTrue(r.out().contains("\\u001B]0;pwned\\u0007"), r.out());
    }

    @Test
    void stderrEscapesWhatTheCaseSaid() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"caseId\":\"c\",\"setting\":\"outpatient\",\"\\u001b[2J" + BIDI + "\":1}");
        Fixture.Cli r = Fixture.run("plan", file.toString(), "--rules", TestRules.RULES.toString());
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u202E"), r.err());
        // the key is not a field name: said at its object by position, not quoted at all (int-27, i14)
        assertTrue(r.err().contains("/: an unknown field, the 3rd key"), r.err());
        assertFalse(r.err().contains("evil"), r.err());
    }
}
