package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careweave.InputException;
import org.careweave.toolkit.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users' trial of int41 (D9): walking 150 feet at 02 and at 05 in one case was accepted and gave two long-term goals
 * for one activity. A finding carries no date (CONTRACT.md findings[]), so no rule can tell which score is current:
 * two findings for one item are an input error at the second's pointer (exit 2), which never echoes the values.
 */
class FindingOncePerItemTest {

    private static String caseWith(String findings) {
        return """
                {"caseId":"c","asOf":"2026-11-20","setting":"outpatient",
                 "patient":{"birthDate":"1951-04-02"},
                 "payer":{"kind":"medicare-part-b","allowedToDate":{"ptSlp":100,"ot":0}},
                 "findings":[%s]}""".formatted(findings);
    }

    @Test
    void twoLevelsForOneSectionGgItemAreRefusedAtTheSecond() {
        String msg = assertThrows(InputException.class, () -> CaseReader.read(caseWith(
                "{\"area\":\"walk-150-feet\",\"level\":2},{\"area\":\"pain\",\"score\":6},"
                        + "{\"area\":\"walk-150-feet\",\"level\":5}"))).getMessage();
        assertTrue(msg.startsWith("/findings/2/area: a second finding for the same item (the first is /findings/0)"), msg);
        assertFalse(msg.contains("05") || msg.contains("level 5") || msg.contains(": 5"), msg);
    }

    @Test
    void aNotAttemptedCodeBesideALevelForOneItemIsRefusedToo() {
        String msg = assertThrows(InputException.class, () -> CaseReader.read(caseWith(
                "{\"area\":\"walk-10-feet\",\"notAttempted\":\"medical-safety\"},{\"area\":\"walk-10-feet\",\"level\":3}")))
                .getMessage();
        assertTrue(msg.startsWith("/findings/1/area: a second finding for the same item"), msg);
    }

    @Test
    void oneBodyFunctionInTwoRegionsOrSidesIsTwoItems() {
        CaseReader.read(caseWith("{\"area\":\"strength\",\"region\":\"hand\",\"side\":\"left\",\"score\":3},"
                + "{\"area\":\"strength\",\"region\":\"hand\",\"side\":\"right\",\"score\":4},"
                + "{\"area\":\"strength\",\"region\":\"lower-limb\",\"side\":\"left\",\"score\":4}"));
        String msg = assertThrows(InputException.class, () -> CaseReader.read(caseWith(
                "{\"area\":\"strength\",\"region\":\"hand\",\"side\":\"left\",\"score\":3},"
                        + "{\"area\":\"strength\",\"region\":\"hand\",\"side\":\"left\",\"score\":4}"))).getMessage();
        assertTrue(msg.startsWith("/findings/1/area: a second finding for the same item in the same region and side"
                + " (the first is /findings/0)"), msg);
    }

    @Test
    void theCommandLineExitsTwoNamingThePointerWithoutTheValues(@TempDir Path dir) throws Exception {
        Path c = dir.resolve("c.json");
        Files.writeString(c, caseWith("{\"area\":\"walk-150-feet\",\"level\":2},{\"area\":\"walk-150-feet\",\"level\":5}"));
        Fixture.Cli r = Fixture.run("plan", c.toString());
        assertEquals(2, r.exit(), r.out() + r.err());
        assertTrue(r.err().contains("/findings/1/area"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        // the whole message, after the file's name: no level, no area value of the patient's
        assertTrue(r.err().strip().endsWith(": /findings/1/area: a second finding for the same item (the first is"
                + " /findings/0); findings carry no date, so give one finding per item: the current one"), r.err());
    }
}
