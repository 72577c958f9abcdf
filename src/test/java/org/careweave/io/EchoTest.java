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

    @Test
    void anUnknownValueIsQuotedShortAndEscaped() {
        String huge = ESC_OSC + "x".repeat(10_000_000);
        InputException e = assertThrows(InputException.class, () -> CaseReader.read(
                "{\"caseId\":\"c\",\"setting\":\"" + huge.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007")
                        + "\"}"));
        assertTrue(e.getMessage().length() <= InputException.MAX_MESSAGE + 3, "bounded: " + e.getMessage().length());
        assertFalse(e.getMessage().contains("\u001b"), e.getMessage());
        assertTrue(e.getMessage().startsWith("/setting: unknown value '\\u001B]0;pwned"), e.getMessage());
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
        Files.writeString(file, Fixture.WALK_CASE.replace("\"walk\"", "\"" + ESC_OSC.replace("\u001b", "\\u001b")
                .replace("\u0007", "\\u0007") + BIDI + "\""));
        Fixture.Cli r = Fixture.run("plan", file.toString(), "--format", "text", "--rules",
                TestRules.RULES.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("\u001b") || r.out().contains("\u202E") || r.out().contains("\u0007"), r.out());
        assertTrue(r.out().contains("\\u001B]0;pwned\\u0007"), r.out());
    }

    @Test
    void stderrEscapesWhatTheCaseSaid() throws Exception {
        Path file = dir.resolve("c.json");
        Files.writeString(file, "{\"caseId\":\"c\",\"setting\":\"\\u001b[2J" + BIDI + "\"}");
        Fixture.Cli r = Fixture.run("plan", file.toString(), "--rules", TestRules.RULES.toString());
        assertEquals(2, r.exit());
        assertFalse(r.err().contains("\u001b") || r.err().contains("\u202E"), r.err());
        assertTrue(r.err().contains("/setting: unknown value '\\u001B[2J\\u202Eevil\\u202C'"), r.err());
    }
}
