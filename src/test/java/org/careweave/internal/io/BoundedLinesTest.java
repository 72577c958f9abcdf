package org.careweave.internal.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    private static BoundedLines.Line refused(long n, BoundedLines.Why why, long at, String pointer) {
        return new BoundedLines.Line(n, null, 0, new BoundedLines.Refusal(why, at, pointer));
    }

    /** With a long-string limit of 8 UTF-16 units. */
    private static List<BoundedLines.Line> readNamingStrings(String text, int max) {
        List<BoundedLines.Line> out = new ArrayList<>();
        new BoundedLines(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max, 8)
                .forEachRemaining(out::add);
        return out;
    }

    /**
     * A byte stream made as it is read, never held: {@code head}, then {@code fill} repeated for {@code fillBytes}
     * bytes (for ever when negative), then {@code tail}. Counts what was taken from it.
     */
    private static final class Made extends InputStream {
        private final byte[] head;
        private final byte fill;
        private final long fillBytes;
        private final byte[] tail;
        long taken;

        Made(String head, char fill, long fillBytes, String tail) {
            this.head = head.getBytes(StandardCharsets.UTF_8);
            this.fill = (byte) fill;
            this.fillBytes = fillBytes;
            this.tail = tail.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = 0;
            while (n < len) {
                long at = taken + n;
                if (at < head.length) {
                    b[off + n] = head[(int) at];
                } else if (fillBytes < 0 || at < head.length + fillBytes) {
                    b[off + n] = fill;
                } else if (at < head.length + fillBytes + tail.length) {
                    b[off + n] = tail[(int) (at - head.length - fillBytes)];
                } else {
                    break;
                }
                n++;
            }
            taken += n;
            return n == 0 && len > 0 ? -1 : n;
        }
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

    /**
     * Made with a long-string limit (8 units here, a line limit of 30 bytes), an over-long line names its first
     * string over the limit in its first 31 bytes by the parser's JSON pointer; each pointer worked out by hand from
     * the line: the array index counts from 0, the document itself is {@code ""}.
     */
    @Test
    void anOverLongLineNamesTheFirstStringOverTheLongStringLimitInItsHeldBytes() {
        String lines = String.join("\n",
                "{\"a\":[{\"t\":\"0123456789\"}],\"b\":1}",  // 32 bytes; "0123456789" is 10 units and ends at byte 23
                "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15]",          // 37 bytes of short values: no string to name
                "\"0123456789\"" + " ".repeat(25),                // 37 bytes, the document one string
                "{\"a\" 1,\"t\":\"0123456789012345678901\"}",    // 36 bytes, malformed before the string
                "{\"t\":\"01234567\",\"u\":\"01234567\",\"v\":1234}", // 40 bytes, strings of 8 units: within it
                "{}");
        assertEquals(List.of(refused(1, BoundedLines.Why.TOO_LONG, 32, "/a/0/t"),
                refused(2, BoundedLines.Why.TOO_LONG, 37, null),
                refused(3, BoundedLines.Why.TOO_LONG, 37, ""),
                refused(4, BoundedLines.Why.TOO_LONG, 36, null),
                refused(5, BoundedLines.Why.TOO_LONG, 40, null),
                text(6, "{}")), readNamingStrings(lines, 30));
        // a reader without the limit does not parse the line
        assertEquals(refused(1, BoundedLines.Why.TOO_LONG, 32),
                read(lines.getBytes(StandardCharsets.UTF_8), 30).get(0));
        // a line within the limit is given as text, however long its strings
        assertEquals(List.of(text(1, "{\"t\":\"0123456789\"}")), readNamingStrings("{\"t\":\"0123456789\"}", 30));
    }

    /**
     * A string is named by the byte one past the limit too, as a case file's reader reads one byte past the size
     * limit: here the string's closing quote is byte 31 of a 30-byte limit. One byte sooner or later moves it in or
     * out of the held bytes.
     */
    @Test
    void theHeldBytesAreTheLimitAndOneByteMore() {
        String head = "{\"t\":\"" + "0123456789" + "x".repeat(14); // 30 bytes: {"t":" is 6, then 24 units
        assertEquals("/t", readNamingStrings(head + "\"," + "9".repeat(10) + "}", 30).get(0).refusal().pointer());
        assertEquals(null, readNamingStrings(head + "x\"," + "9".repeat(10) + "}", 30).get(0).refusal().pointer(),
                "the string's end is byte 32: cut short at 31 bytes, which names nothing");
    }

    /**
     * A pointer is the input's keys: it is kept to its whole steps within 200 characters (a case's own pointers are
     * a few dozen), or a first step cut to 200, so a line of made-up keys does not keep them in memory while in
     * flight.
     */
    @Test
    void aPointerOfLongKeysIsCutToItsStepsWithinTwoHundredCharacters() {
        String key = "k".repeat(250);
        String deep = "{\"a\":{\"" + key + "\":\"0123456789\"},\"b\":\"" + "y".repeat(30) + "\"}"; // 310 bytes
        assertEquals(List.of(refused(1, BoundedLines.Why.TOO_LONG, 310, "/a")), readNamingStrings(deep, 300));
        String first = "{\"" + key + "\":\"0123456789\",\"b\":\"" + "y".repeat(40) + "\"}"; // 314 bytes
        assertEquals(List.of(refused(1, BoundedLines.Why.TOO_LONG, 314, "/" + "k".repeat(199))),
                readNamingStrings(first, 300));
    }

    @Test
    void anOverLongLineWithNoEndNamesItsLongStringToo() {
        // 30 * 16 = 480 bytes and no newline: the lines end there, and the string that ends at byte 17 is named
        Made in = new Made("{\"t\":\"0123456789\",\"u\":\"", 'x', -1, "");
        List<BoundedLines.Line> got = new ArrayList<>();
        new BoundedLines(in, 30, 8).forEachRemaining(got::add);
        assertEquals(List.of(refused(1, BoundedLines.Why.NO_END, 480, "/t")), got);
        assertTrue(got.get(0).refusal().stops());
    }

    /**
     * The memory bound, measured on the reader itself: a 12 MiB goal text on line 1 (made as it is read, never held
     * whole by the test either) under a 1 MiB line limit and a case's long-string limit of 2,000 units. The reader
     * names the string, reads line 2, and its line buffer never grew past the limit and one byte; an endless line
     * is read to the 16 MiB bound and no further, named the same way.
     */
    @Test
    void aLineOfMegabytesIsNamedHoldingNoMoreThanTheLimitAndOneByte() {
        int limit = 1 << 20;
        String head = "{\"caseId\":\"a\",\"setting\":\"outpatient\",\"goals\":[{\"activity\":\"school\",\"text\":\"";
        long fill = 12L << 20;
        Made in = new Made(head, 'S', fill, "\"}]}\n{}\n");
        BoundedLines lines = new BoundedLines(in, limit, 2_000);
        List<BoundedLines.Line> got = new ArrayList<>();
        lines.forEachRemaining(got::add);
        long length = head.length() + fill + 4;
        assertEquals(List.of(refused(1, BoundedLines.Why.TOO_LONG, length, "/goals/0/text"), text(2, "{}")), got);
        assertTrue(lines.mostHeld() <= limit + 1, "held " + lines.mostHeld() + " bytes of a line");

        Made endless = new Made(head, 'S', -1, "");
        BoundedLines stops = new BoundedLines(endless, limit, 2_000);
        got = new ArrayList<>();
        stops.forEachRemaining(got::add);
        assertEquals(List.of(refused(1, BoundedLines.Why.NO_END, 16L << 20, "/goals/0/text")), got);
        assertTrue(stops.mostHeld() <= limit + 1, "held " + stops.mostHeld() + " bytes of a line");
        assertTrue(endless.taken <= (16L << 20) + (1 << 16), "read " + endless.taken + " bytes of an endless line");
    }
}
