package org.careweave.internal.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.internal.io.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code careweave diff} takes as CASES: NDJSON lines, or one case spanning lines. */
class CaseFilesTest {

    @Test
    void aFirstLineThatOpensAValueWithoutClosingItMakesTheFileOneCase() {
        assertTrue(JsonInput.opensWithoutClosing("{"));
        assertTrue(JsonInput.opensWithoutClosing("  {\"caseId\": \"a\","));
        assertTrue(JsonInput.opensWithoutClosing("{ \"patient\": { \"id\": \"P-1\","));
        assertFalse(JsonInput.opensWithoutClosing("{\"caseId\":\"a\"}"), "an NDJSON line");
        assertFalse(JsonInput.opensWithoutClosing("{\"caseId\":\"a\"} {"), "closes its first value");
        assertFalse(JsonInput.opensWithoutClosing("{\"caseId\": }"), "malformed: an NDJSON line's error");
        assertFalse(JsonInput.opensWithoutClosing("x{"));
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

    /** After NDJSON lines, a pretty-printed case is not read as one more case per line of it: the read says so. */
    @Test
    void aPrettyPrintedCaseAfterNdjsonLinesIsNotNdjson(@TempDir Path dir) throws IOException {
        Path mixed = dir.resolve("mixed.ndjson");
        Files.writeString(mixed, "{\"caseId\":\"a\"}\n{\n  \"caseId\": \"b\"\n}\n");
        CaseFiles.NotCases e = org.junit.jupiter.api.Assertions.assertThrows(CaseFiles.NotCases.class,
                () -> CaseFiles.read(mixed));
        assertEquals("line 2 opens a JSON object that goes on over the next lines: not NDJSON (one case per line)",
                e.getMessage());
        // as the first line, it makes the file one case, read whole, as before
        Path pretty = dir.resolve("case.json");
        String text = "{ \"caseId\": \"a\",\n  \"setting\": \"outpatient\" }\n";
        Files.writeString(pretty, text);
        assertEquals(List.of(new CaseFiles.CaseText(pretty.toString(), text)), CaseFiles.read(pretty));
    }

    /**
     * Hostile-user trial: diff of /dev/zero read 2 GB into one line and ended in an OutOfMemoryError. Lines are
     * bounded as plan --batch bounds them: an over-long line that ends is one case refused for its size as the batch
     * refuses it, holding none of the line, the lines around it read; one with no end within 16 times the limit, or a
     * NUL, is an error naming its line, no content.
     */
    /**
     * A case over 1 MiB because of one long string is refused at that string's pointer with its field's limit, as
     * {@code careweave plan} refuses the same case file: on its NDJSON line, or as a pretty-printed file of its own
     * (read no further than one case and a byte). Under a key a case does not have, at the object holding it, never
     * the key nor the value.
     */
    @Test
    void anOverLongCaseIsRefusedAtItsLongStringsPointer(@TempDir Path dir) throws IOException {
        String big = "Zanzibar".repeat((2 << 20) / 8);
        String after = " (the case is over 1048576 bytes (1 MiB) with it, so nothing after it was read)";
        Path ndjson = dir.resolve("cases.ndjson");
        Files.writeString(ndjson, "{\"caseId\":\"a\"}\n{\"caseId\":\"b\",\"goals\":[{\"text\":\"" + big
                + "\"}]}\n{\"caseId\":\"c\",\"conditions\":[{\"note\":\"" + big + "\"}]}\n");
        List<CaseFiles.CaseText> got = CaseFiles.read(ndjson);
        assertEquals(List.of(new CaseFiles.CaseText(ndjson + ":1", "{\"caseId\":\"a\"}"),
                new CaseFiles.CaseText(ndjson + ":2", null, "/goals/0/text: must be at most 1000 characters" + after),
                new CaseFiles.CaseText(ndjson + ":3", null,
                        "/conditions/0: an unknown field holds a string over 1000 characters" + after)), got);

        Path pretty = dir.resolve("case.json");
        Files.writeString(pretty, "{\n  \"caseId\": \"a\",\n  \"goals\": [{\"text\": \"" + big + "\"}]\n}\n");
        assertEquals(List.of(new CaseFiles.CaseText(pretty.toString(), null,
                "/goals/0/text: must be at most 1000 characters" + after)), CaseFiles.read(pretty));
        assertEquals(false, CaseFiles.read(pretty).toString().contains("Zanzibar"));
    }

    @Test
    void linesAreBoundedAsTheBatchBoundsThem(@TempDir Path dir) throws IOException {
        int max = org.careweave.io.CaseReader.MAX_CASE_BYTES;
        Path longLine = dir.resolve("long.ndjson");
        Files.writeString(longLine, "{\"a\":1}\n" + "x".repeat(max + 5) + "\n{\"b\":2}\n");
        List<CaseFiles.CaseText> got = CaseFiles.read(longLine);
        assertEquals(List.of(longLine + ":1", longLine + ":2", longLine + ":3"),
                got.stream().map(CaseFiles.CaseText::origin).toList());
        // no JSON string over the limit in it: the line as a whole, at /, with its length (max + 5 bytes)
        assertEquals("/: longer than 1 MiB, the most one line may hold (1048581 bytes): not read", got.get(1).refused());
        assertEquals(null, got.get(1).json(), "the line's content is not carried");
        assertEquals(null, got.get(0).refused());
        assertEquals("{\"b\":2}", got.get(2).json());

        Path endless = dir.resolve("endless.ndjson");
        try (var w = Files.newBufferedWriter(endless)) {
            w.write("{\"a\":1}\n");
            String chunk = "y".repeat(1 << 20);
            for (int i = 0; i < 18; i++) {
                w.write(chunk);
            }
        }
        CaseFiles.NotCases e = org.junit.jupiter.api.Assertions.assertThrows(
                CaseFiles.NotCases.class, () -> CaseFiles.read(endless));
        assertEquals("line 2 is longer than one case (" + max + " bytes) and has no end within 16 times that: "
                + "not NDJSON", e.getMessage());

        Path nul = dir.resolve("nul.ndjson");
        Files.write(nul, new byte[] {'{', '}', '\n', 0, 0, 0});
        e = org.junit.jupiter.api.Assertions.assertThrows(CaseFiles.NotCases.class,
                () -> CaseFiles.read(nul));
        assertEquals("line 2 has a NUL character: not NDJSON text (UTF-16, or not text at all?)", e.getMessage());

        Path latin1 = dir.resolve("latin1.ndjson");
        Files.write(latin1, new byte[] {'{', '}', '\n', '\n', '{', '"', 'a', '"', ':', '"', (byte) 0xE9, '"', '}', '\n'});
        // trial42 #6: a line that is not UTF-8 is that line's refusal, as plan --batch answers it; the others are read
        java.util.List<CaseFiles.CaseText> read = CaseFiles.read(latin1);
        assertEquals(2, read.size());
        assertEquals(latin1 + ":1", read.get(0).origin());
        assertEquals("{}", read.get(0).json());
        assertEquals(latin1 + ":3", read.get(1).origin());
        assertEquals(null, read.get(1).json());
        assertEquals("/: not UTF-8 (bad byte at byte 7 of the line)", read.get(1).refused());
    }

    /**
     * A folder's case files are read as one case file is: bounded to one case and strictly UTF-8. They used to be
     * read whole (no memory bound), and one file with a bad byte failed the whole folder with "is a folder, not a
     * file" (a fresh user's trial, 4 December 2026).
     */
    @Test
    void aFoldersFilesAreBoundedAndNotUtf8IsThatFilesRefusal(@TempDir Path dir) throws IOException {
        String big = "Zanzibar".repeat((2 << 20) / 8);
        Files.writeString(dir.resolve("a.json"), "{\"caseId\":\"a\"}");
        Files.writeString(dir.resolve("b.json"), "{\"caseId\":\"b\",\"goals\":[{\"text\":\"" + big + "\"}]}");
        // "Zanz" then the byte 0xFF (the 24th byte), never in UTF-8
        byte[] bad = "{\"caseId\":\"c\",\"x\":\"Zanz\u00ff\"}".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("c.json"), bad);
        List<CaseFiles.CaseText> got = CaseFiles.read(dir);
        assertEquals(List.of(new CaseFiles.CaseText(dir.resolve("a.json").toString(), "{\"caseId\":\"a\"}"),
                new CaseFiles.CaseText(dir.resolve("b.json").toString(), null,
                        "/goals/0/text: must be at most 1000 characters (the case is over 1048576 bytes (1 MiB) with it,"
                        + " so nothing after it was read)"),
                new CaseFiles.CaseText(dir.resolve("c.json").toString(), null,
                        "/: malformed JSON at line 1, column 24: not UTF-8 text")), got);
        // the words careweave plan FILE refuses the same bytes with
        org.careweave.InputException plan = org.junit.jupiter.api.Assertions.assertThrows(
                org.careweave.InputException.class, () -> org.careweave.io.CaseReader.read(
                        new java.io.ByteArrayInputStream(bad)));
        assertEquals(got.get(2).refused(), plan.getMessage());
        assertFalse(got.toString().contains("Zanz"), "no file's text is echoed");
    }

    /**
     * A folder's entries that are not regular files are named, not passed over: a named pipe (which would wait for a
     * writer) is that entry's refusal, so a folder of nothing else is not "0 case(s) planned" with exit 0; a link to
     * a folder inside is read as the folder, a link out of the folder is not followed but listed (D10: it was read);
     * a link back into the folder ends the read naming it (fresh user's trial, 4 December 2026: the pipe and the
     * folder link were skipped without a word).
     */
    @Test
    void aFoldersPipesAreNamedAndOnlyItsInsideLinksFollowed(@TempDir Path dir) throws Exception {
        Path cases = Files.createDirectory(dir.resolve("cases"));
        Path inside = Files.createDirectory(cases.resolve("inside"));
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("linked.json"), "{\"caseId\":\"l\"}");
        Files.writeString(inside.resolve("in.json"), "{\"caseId\":\"i\"}");
        Files.createSymbolicLink(cases.resolve("more"), elsewhere);
        Files.createSymbolicLink(cases.resolve("other.json"), elsewhere.resolve("linked.json"));
        Files.createSymbolicLink(cases.resolve("again"), inside);
        Files.createSymbolicLink(cases.resolve("gone.json"), dir.resolve("no-such-file.json"));
        Process mkfifo = new ProcessBuilder("mkfifo", cases.resolve("pipe.json").toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed");
        List<Path> leaving = new java.util.ArrayList<>();
        List<CaseFiles.CaseText> got = CaseFiles.read(cases, leaving);
        String notRead = "not a regular file (a named pipe, a device or a broken link): not read";
        assertEquals(List.of(new CaseFiles.CaseText(cases.resolve("again/in.json").toString(), "{\"caseId\":\"i\"}"),
                new CaseFiles.CaseText(cases.resolve("gone.json").toString(), null, notRead),
                new CaseFiles.CaseText(cases.resolve("inside/in.json").toString(), "{\"caseId\":\"i\"}"),
                new CaseFiles.CaseText(cases.resolve("pipe.json").toString(), null, notRead)), got);
        assertEquals(List.of(cases.resolve("more"), cases.resolve("other.json")), leaving);

        Files.createSymbolicLink(inside.resolve("loop"), cases);
        CaseFiles.NotCases loop = org.junit.jupiter.api.Assertions.assertThrows(CaseFiles.NotCases.class,
                () -> CaseFiles.read(cases));
        org.junit.jupiter.api.Assertions.assertTrue(loop.getMessage().contains("leads back into a folder being read"),
                loop.getMessage());
    }
}
