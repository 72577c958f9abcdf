package org.careweave.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one reader of case lines ({@code plan --batch}, {@code diff}, the Beam pipeline): what it gives for each kind
 * of line, worked out by hand from the bytes below with a limit of 8 bytes.
 */
class BoundedLinesTest {

    private static List<BoundedLines.Line> read(byte[] bytes, int max) {
        List<BoundedLines.Line> out = new ArrayList<>();
        new BoundedLines(new ByteArrayInputStream(bytes), max).forEachRemaining(out::add);
        return out;
    }

    private static BoundedLines.Line text(long n, String text) {
        return new BoundedLines.Line(n, text, text.getBytes(StandardCharsets.UTF_8).length, null);
    }

    private static BoundedLines.Line refused(long n, BoundedLines.Why why, long at) {
        return new BoundedLines.Line(n, null, 0, new BoundedLines.Refusal(why, at));
    }

    @Test
    void linesAreNumberedAsAnEditorNumbersThemWithBlankOnesCountedAndSkipped() {
        byte[] in = "{}\r\n\n  \r\n[1]\n\"é\"".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(text(1, "{}"), text(4, "[1]"), text(5, "\"é\"")), read(in, 8));
        assertEquals(4, read(in, 8).get(2).bytes(), "é is two bytes");
    }

    @Test
    void aLineOverTheLimitIsRefusedWithItsLengthAndTheNextLineIsRead() {
        byte[] in = "{}\n123456789\n12345678\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(text(1, "{}"), refused(2, BoundedLines.Why.TOO_LONG, 9), text(3, "12345678")),
                read(in, 8));
    }

    @Test
    void aLineThatIsNotUtf8IsRefusedAtItsFirstBadByteAndOnlyThatLine() {
        byte[] in = {'{', '}', '\n', 'a', 'b', (byte) 0xC3, 'x', '\n', '1', '\n'};
        assertEquals(List.of(text(1, "{}"), refused(2, BoundedLines.Why.NOT_UTF8, 3), text(3, "1")), read(in, 8));
    }

    @Test
    void aNulEndsTheLinesAtItsByte() {
        byte[] in = {'{', '}', '\n', 'a', 0, 'b', '\n', '{', '}', '\n'};
        List<BoundedLines.Line> got = read(in, 8);
        assertEquals(List.of(text(1, "{}"), refused(2, BoundedLines.Why.NUL, 2)), got);
        assertEquals(true, got.get(1).refusal().stops());
    }

    @Test
    void anOverLongLineWithNoNewlineWithinSixteenTimesTheLimitEndsTheLinesUnread() {
        // 8 * 16 = 128 bytes without a newline, then more: the reader stops after byte 129, never reaching "{}"
        int[] read = {0};
        byte[] bytes = ("{}\n" + "y".repeat(1000) + "\n{}\n").getBytes(StandardCharsets.UTF_8);
        InputStream counting = new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int r = super.read(b, off, Math.min(len, 16));
                read[0] += Math.max(r, 0);
                return r;
            }
        };
        List<BoundedLines.Line> got = new ArrayList<>();
        new BoundedLines(counting, 8).forEachRemaining(got::add);
        assertEquals(List.of(text(1, "{}"), refused(2, BoundedLines.Why.NO_END, 128)), got);
        assertEquals(true, got.get(1).refusal().stops());
        // 3 + 129 bytes taken (line 1, then the bound of 128 and one past it), in the stream's 16-byte reads
        assertEquals(144, read[0], "nothing read beyond the read that held the byte past the bound");
        // a line that does end within the bound is skipped, not a stop
        assertFalse(read("y".repeat(128).concat("\n{}").getBytes(StandardCharsets.UTF_8), 8).get(0).refusal().stops());
    }

    @Test
    void aLineOfMegabytesIsRefusedByItsLengthAndTheLineAfterItRead() {
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes("x".repeat(3 << 20).getBytes(StandardCharsets.US_ASCII));
        big.writeBytes("\n{}".getBytes(StandardCharsets.US_ASCII));
        assertEquals(List.of(refused(1, BoundedLines.Why.TOO_LONG, 3 << 20), text(2, "{}")),
                read(big.toByteArray(), 1 << 20));
    }

    @Test
    void aByteOrderMarkAtTheStartIsNotPartOfLineOneAndNowhereElseIsSkipped() {
        byte[] in = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}', '\n', (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '1'};
        assertEquals(List.of(text(1, "{}"), text(2, "\uFEFF1")), read(in, 8));
        // a mark arriving one byte per read (a pipe) is still the mark; a file of only part of one is its bytes
        InputStream trickle = new ByteArrayInputStream(in) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1));
            }
        };
        List<BoundedLines.Line> got = new ArrayList<>();
        new BoundedLines(trickle, 8).forEachRemaining(got::add);
        assertEquals(List.of(text(1, "{}"), text(2, "\uFEFF1")), got);
        assertEquals(List.of(refused(1, BoundedLines.Why.NOT_UTF8, 1)),
                read(new byte[] {(byte) 0xEF, (byte) 0xBB}, 8));
        assertEquals(List.of(), read(new byte[0], 8));
    }

    /**
     * Fresh-user trial 3: a pretty-printed case given as a batch was 27 errors, one per line. The line that opens it
     * ends the lines: what follows are pieces of one document, not cases.
     */
    @Test
    void aLineThatOpensAPrettyPrintedDocumentEndsTheLinesThere() {
        byte[] pretty = "\n{\n  \"caseId\": \"a\",\n  \"setting\": \"outpatient\"\n}\n".getBytes(StandardCharsets.UTF_8);
        List<BoundedLines.Line> got = read(pretty, 64);
        assertEquals(List.of(refused(2, BoundedLines.Why.MULTI_LINE_OBJECT, 1)), got, "blank line 1 counted");
        assertEquals(true, got.get(0).refusal().stops());
        assertEquals(List.of(refused(1, BoundedLines.Why.MULTI_LINE_ARRAY, 3)),
                read("  [\n{}\n]\n".getBytes(StandardCharsets.UTF_8), 64));
        // after NDJSON lines, a bracket alone on its line opens a document just the same
        assertEquals(List.of(text(1, "{}"), refused(2, BoundedLines.Why.MULTI_LINE_OBJECT, 1)),
                read("{}\n{\n\"caseId\": \"a\"\n}\n".getBytes(StandardCharsets.UTF_8), 64));
    }

    @Test
    void aFirstLineEndingInsideTheValueItOpensEndsTheLinesButALaterOneIsItsOwnError() {
        // a pretty-printer that keeps the first field on the opening line
        assertEquals(List.of(refused(1, BoundedLines.Why.MULTI_LINE_OBJECT, 1)),
                read("{ \"caseId\": \"a\",\n  \"setting\": \"x\" }\n".getBytes(StandardCharsets.UTF_8), 64));
        // later, a line cut short after a comma is a broken NDJSON line: given as text, and the next one is read
        assertEquals(List.of(text(1, "{}"), text(2, "{\"caseId\": \"a\","), text(3, "{}")),
                read("{}\n{\"caseId\": \"a\",\n{}\n".getBytes(StandardCharsets.UTF_8), 64));
        // a first line cut short inside a string, or one that closes its value, is not a document's first line
        assertEquals(List.of(text(1, "{\"caseId\": \"a"), text(2, "{}")),
                read("{\"caseId\": \"a\n{}\n".getBytes(StandardCharsets.UTF_8), 64));
        assertEquals(List.of(text(1, "{\"a\": 1}"), text(2, "{}")),
                read("{\"a\": 1}\n{}\n".getBytes(StandardCharsets.UTF_8), 64));
    }
}
