package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.careweave.internal.authoring.CaseFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A UTF-8 byte order mark, which Windows editors write at the start of a file, is accepted wherever a case file is
 * read (hostile-user trial: it failed {@code plan --batch}'s first line, and {@code diff} read a pretty-printed case
 * with one as 27 NDJSON lines). Each command must answer the file with the mark exactly as the file without it.
 */
class ByteOrderMarkTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static Path withBom(Path dir, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(content);
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static String oneLine(Path file) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile()).toString();
    }

    @Test
    void aCaseFileWithAMarkIsPlannedAsWithout(@TempDir Path dir) throws IOException {
        Path plain = Path.of("examples/trigger-finger.json");
        Path marked = withBom(dir, "case.json", Files.readAllBytes(plain));
        PlanCommandTest.Result want = PlanCommandTest.run("plan", plain.toString(), "--rules", "rules");
        PlanCommandTest.Result got = PlanCommandTest.run("plan", marked.toString(), "--rules", "rules");
        assertEquals(0, got.exit(), got.err());
        assertEquals(want.out(), got.out());
    }

    @Test
    void aBatchWithAMarkPlansItsFirstLine(@TempDir Path dir) throws IOException {
        String lines = oneLine(Path.of("examples/trigger-finger.json")) + "\n"
                + oneLine(Path.of("examples/hip-replacement.json")) + "\n";
        Path plain = Files.writeString(dir.resolve("plain.ndjson"), lines);
        Path marked = withBom(dir, "marked.ndjson", lines.getBytes(StandardCharsets.UTF_8));
        PlanCommandTest.Result want = PlanCommandTest.run("plan", "--batch", plain.toString(), "--rules", "rules",
                "--no-progress");
        PlanCommandTest.Result got = PlanCommandTest.run("plan", "--batch", marked.toString(), "--rules", "rules",
                "--no-progress");
        assertEquals(0, got.exit(), got.err());
        assertEquals(2, got.out().lines().count());
        assertEquals(want.out(), got.out());
    }

    @Test
    void diffReadsAPrettyPrintedCaseWithAMarkAsOneCase(@TempDir Path dir) throws IOException {
        byte[] pretty = Files.readAllBytes(Path.of("examples/trigger-finger.json"));
        String text = new String(pretty, StandardCharsets.UTF_8);
        Path marked = withBom(dir, "case.json", pretty);
        assertEquals(List.of(new CaseFiles.CaseText(marked.toString(), text)), CaseFiles.read(marked));
        // one line of NDJSON, and a folder's case file, lose the mark too
        Path ndjson = withBom(dir, "cases.ndjson", "{\"caseId\":\"a\"}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new CaseFiles.CaseText(ndjson + ":1", "{\"caseId\":\"a\"}")), CaseFiles.read(ndjson));
        Path folder = Files.createDirectory(dir.resolve("folder"));
        Path inFolder = withBom(folder, "case.json", pretty);
        assertEquals(List.of(new CaseFiles.CaseText(inFolder.toString(), text)), CaseFiles.read(folder));

        PlanCommandTest.Result r = PlanCommandTest.run("diff", "--rules", "rules", "--rules", "rules",
                marked.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("", r.err());
    }

    @Test
    void aFhirBundleWithAMarkIsPlannedAsWithout(@TempDir Path dir) throws IOException {
        Path plain = Path.of("examples/fhir/hand.bundle.json");
        Path marked = withBom(dir, "hand.bundle.json", Files.readAllBytes(plain));
        PlanCommandTest.Result want = PlanCommandTest.run("plan", "--input", "fhir", plain.toString(), "--rules",
                "rules");
        PlanCommandTest.Result got = PlanCommandTest.run("plan", "--input", "fhir", marked.toString(), "--rules",
                "rules");
        assertEquals(0, got.exit(), got.err());
        assertEquals(want.out(), got.out());
    }
}
