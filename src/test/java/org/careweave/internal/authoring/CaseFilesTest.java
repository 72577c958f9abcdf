package org.careweave.internal.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code careweave diff} takes as CASES: NDJSON lines, or one case spanning lines. */
class CaseFilesTest {

    @Test
    void aFirstLineThatOpensAValueWithoutClosingItMakesTheFileOneCase() {
        assertTrue(CaseFiles.opensWithoutClosing("{"));
        assertTrue(CaseFiles.opensWithoutClosing("  {\"caseId\": \"a\","));
        assertTrue(CaseFiles.opensWithoutClosing("{ \"patient\": { \"id\": \"P-1\","));
        assertFalse(CaseFiles.opensWithoutClosing("{\"caseId\":\"a\"}"), "an NDJSON line");
        assertFalse(CaseFiles.opensWithoutClosing("{\"caseId\":\"a\"} {"), "closes its first value");
        assertFalse(CaseFiles.opensWithoutClosing("{\"caseId\": }"), "malformed: an NDJSON line's error");
        assertFalse(CaseFiles.opensWithoutClosing("x{"));
    }

    @Test
    void ndjsonGivesOneCasePerLineAndAPrettyPrintedFileOneCaseWhole(@TempDir Path dir) throws IOException {
        Path ndjson = dir.resolve("cases.ndjson");
        Files.writeString(ndjson, "\n{\"caseId\":\"a\"}\n\n{\"caseId\":\"b\"}\n");
        assertEquals(List.of(new CaseFiles.CaseText(ndjson + ":2", "{\"caseId\":\"a\"}"),
                new CaseFiles.CaseText(ndjson + ":4", "{\"caseId\":\"b\"}")), CaseFiles.read(ndjson));
        Path pretty = dir.resolve("case.json");
        String text = "\n{\n  \"caseId\": \"a\",\n  \"setting\": \"outpatient\"\n}\n";
        Files.writeString(pretty, text);
        assertEquals(List.of(new CaseFiles.CaseText(pretty.toString(), text)), CaseFiles.read(pretty));
    }
}
