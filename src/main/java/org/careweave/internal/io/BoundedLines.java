package org.careweave.internal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Splits an NDJSON byte stream into lines without trusting it, for every reader of case lines ({@code plan
 * --batch}, {@code diff}, the Beam pipeline), which word the refusals in their own messages. Each line is decoded as
 * strict UTF-8 on its own, so one bad byte spoils only its line, and a line longer than {@code maxLineBytes} is
 * skipped to its newline without being held in memory (at most one buffer of 64 KiB plus one line of
 * {@code maxLineBytes} and one byte is). Lines end at {@code \n}; a trailing {@code \r} is dropped; blank lines are
 * counted and skipped; a UTF-8 byte order mark at the very start is not part of line 1 (Windows editors write one,
 * see {@link ByteOrderMark}). Not thread-safe.
 *
 * <p>Made with a long-string limit, the reader says where an over-long line is too long as a single case's reader
 * does: the JSON pointer of the first string over that limit in the line's first {@code maxLineBytes + 1} bytes
 * ({@link Refusal#pointer()}), found by parsing the bytes it holds anyway, never more.
 *
 * <p>Three things end the lines early, because what follows them cannot be told apart into cases: a NUL byte (no
 * JSON text has one; binary data, or UTF-16 rather than UTF-8, does), an over-long line whose newline does not
 * come within {@link #SKIP_FACTOR} times the limit ({@code /dev/zero}, a sparse file, a stream with no newlines
 * would otherwise be read to its end, or forever), and a line that opens a JSON object or array going on over the
 * next lines (a pretty-printed case: its other lines are pieces of it, each a malformed case if read as one). That
 * line is the last one and {@link Refusal#stops()} is true; nothing after it is read.
 */
public final class BoundedLines implements Iterator<BoundedLines.Line> {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** An over-long line is skipped looking for its newline up to this many times the line limit, then the lines end. */
    public static final long SKIP_FACTOR = 16;

    /**
     * Longest {@link Refusal#pointer()} kept, in characters (whole steps within it). A case's own pointers are a few
     * dozen characters; past them a pointer is keys the input made up (as long as the line), which no message shows
     * and which would otherwise stay in memory with every refused line in flight.
     */
    public static final int MAX_POINTER = 200;

    /** Why a line is not given as text. */
    public enum Why {
        /** Longer than the limit; {@link Refusal#at()} is its length in bytes. */
        TOO_LONG,
        /** Not UTF-8; {@link Refusal#at()} is the 1-based byte of the line where decoding fails. */
        NOT_UTF8,
        /** A NUL byte, which ends the lines; {@link Refusal#at()} is its 1-based byte in the line. */
        NUL,
        /** Over the limit with no newline within {@link #SKIP_FACTOR} times it, which ends the lines;
         *  {@link Refusal#at()} is the bytes read of it. */
        NO_END,
        /**
         * Opens a JSON object that goes on over the next lines (a pretty-printed case), which ends the lines: what
         * follows are pieces of it, not cases. {@link Refusal#at()} is the 1-based character of the line where it
         * opens.
         */
        MULTI_LINE_OBJECT,
        /** As {@link #MULTI_LINE_OBJECT} for a JSON array (of cases, most likely). */
        MULTI_LINE_ARRAY
    }

    /**
     * Why a line was refused, and where.
     *
     * @param why     what is wrong with the line
     * @param at      a byte count or 1-based byte offset in the line, as {@link Why} says for each
     * @param pointer for {@link Why#TOO_LONG} and {@link Why#NO_END} from a reader made with a long-string limit:
     *                the parser's JSON pointer of the first string value over that limit in the line's first
     *                {@code maxLineBytes + 1} bytes ({@link JsonInput#longString}: {@code /goals/0/text}, {@code ""}
     *                for a line that is one string), cut to {@link #MAX_POINTER} characters (whole steps); null
     *                when there is none (many short values, malformed JSON before any long string) and for the
     *                other refusals. It may hold keys of the input: shown only as far as the caller knows them
     */
    public record Refusal(Why why, long at, String pointer) {

        /** A refusal with no pointer. */
        public Refusal(Why why, long at) {
            this(why, at, null);
        }

        /** Whether this line is the last: nothing after it can be told apart into lines. */
        public boolean stops() {
            return why != Why.TOO_LONG && why != Why.NOT_UTF8;
        }
    }

    /**
     * One non-blank input line: its 1-based number (blank lines counted, as an editor numbers them), and either its
     * text and size in bytes (what it weighs in memory while in flight) or the reason it is refused ({@code text}
     * then null and {@code bytes} 0).
     *
     * @param number  the 1-based line number
     * @param text    the line without its line end, or null when refused
     * @param bytes   the line's length in bytes
     * @param refusal why the line is refused, or null
     */
    public record Line(long number, String text, long bytes, Refusal refusal) {}

    private final InputStream in;
    private final int maxLineBytes;
    /** The long-string limit in UTF-16 units ({@link JsonInput#longString}), or 0: over-long lines are not parsed. */
    private final int longString;
    /** The largest the line buffer has been, in bytes: what this reader held of a line at most (tests). */
    private int mostHeld;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private boolean started;
    private long number;
    private Line next;
    private byte[] line = new byte[256];
    private int length;
    /** Set once a line ends the input ({@link Refusal#stops()}): nothing more is read. */
    private boolean stopped;
    /** Whether a non-blank line was read (the first one may open a pretty-printed document on its own terms). */
    private boolean anyLine;

    /**
     * @param in           the stream, read as the lines are taken; not closed here
     * @param maxLineBytes the longest line given as text, in bytes (at least 1, less than
     *                     {@link Integer#MAX_VALUE})
     * @throws IllegalArgumentException if {@code maxLineBytes} is out of that range
     */
    public BoundedLines(InputStream in, int maxLineBytes) {
        this(in, maxLineBytes, 0);
    }

    /**
     * A reader that names the long string of an over-long line ({@link Refusal#pointer()}).
     *
     * @param in           the stream, read as the lines are taken; not closed here
     * @param maxLineBytes the longest line given as text, in bytes (at least 1, less than
     *                     {@link Integer#MAX_VALUE})
     * @param longString   a string value longer than this many UTF-16 units is named in an over-long line's
     *                     refusal; 0 for none (the line is not parsed)
     * @throws IllegalArgumentException if {@code maxLineBytes} is out of that range or {@code longString} negative
     */
    public BoundedLines(InputStream in, int maxLineBytes, int longString) {
        if (maxLineBytes < 1 || maxLineBytes == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("maxLineBytes must be positive and less than Integer.MAX_VALUE");
        }
        if (longString < 0) {
            throw new IllegalArgumentException("longString must not be negative");
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
        this.longString = longString;
        this.mostHeld = line.length;
    }

    /** The line limit this reader was made with, in bytes. */
    public int maxLineBytes() {
        return maxLineBytes;
    }

    /**
     * Whether a non-blank line is left.
     *
     * @throws UncheckedIOException when the stream cannot be read
     */
    @Override
    public boolean hasNext() {
        while (next == null && readLine()) {
            // readLine sets next for a non-blank line
        }
        return next != null;
    }

    /**
     * The next non-blank line.
     *
     * @throws UncheckedIOException when the stream cannot be read
     */
    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line out = next;
        next = null;
        anyLine = true;
        return out;
    }

    /** Reads one line; false at the end of input. */
    private boolean readLine() {
        if (stopped) {
            return false;
        }
        if (!started) {
            started = true;
            skipBom();
        }
        length = 0;
        long total = 0;
        long skipLimit = SKIP_FACTOR * maxLineBytes;
        boolean any = false;
        while (true) {
            if (pos == end && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            byte b = buf[pos++];
            if (b == '\n') {
                break;
            }
            total++;
            if (b == 0) {
                return stop(Why.NUL, total);
            }
            if (total <= maxLineBytes + 1L) {
                // one byte past the limit: what a single case's reader reads of a case over it (its long string)
                append(b);
            } else if (total > skipLimit) {
                number++;
                stopped = true;
                next = new Line(number, null, 0, new Refusal(Why.NO_END, skipLimit, longStringPointer()));
                return true;
            }
        }
        number++;
        if (total > maxLineBytes) {
            next = new Line(number, null, 0, new Refusal(Why.TOO_LONG, total, longStringPointer()));
            return true;
        }
        int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(line, 0, n)).toString();
        } catch (CharacterCodingException e) {
            next = new Line(number, null, 0, new Refusal(Why.NOT_UTF8, JsonInput.firstNotUtf8(line, n) + 1));
            return true;
        }
        if (!text.isBlank()) {
            Why multiLine = multiLine(text, !anyLine);
            if (multiLine != null) {
                stopped = true;
                next = new Line(number, null, 0, new Refusal(multiLine, text.indexOf(multiLine == Why.MULTI_LINE_OBJECT
                        ? '{' : '[') + 1));
            } else {
                next = new Line(number, text, n, null);
            }
        }
        if (line.length > 1 << 16 && length < 1 << 14) {
            line = new byte[256]; // a long line's buffer is not kept for the many short ones after it
        }
        return true;
    }

    /**
     * Whether a line opens a JSON value that goes on over the next lines: a line that is only an opening brace or
     * bracket (how every common pretty-printer starts an object or array), or, as the first line, one that ends
     * after an opening brace, bracket or a comma inside a value it opens and does not close (an object's first field
     * kept on the brace's line). Anywhere else a line cut short is that line's own error, not the end of the input.
     * Null when it does not.
     */
    private static Why multiLine(String text, boolean first) {
        String t = text.strip();
        char open = t.charAt(0);
        if (open != '{' && open != '[') {
            return null;
        }
        char last = t.charAt(t.length() - 1);
        boolean opens = t.length() == 1
                || (first && (last == '{' || last == '[' || last == ',') && JsonInput.opensWithoutClosing(t));
        return !opens ? null : open == '{' ? Why.MULTI_LINE_OBJECT : Why.MULTI_LINE_ARRAY;
    }

    /** Drops a UTF-8 byte order mark at the start of the stream; any other bytes stay to be read as line 1. */
    private void skipBom() {
        // the first reads may give fewer than three bytes (a pipe): gather three, or all there are
        while (end < BOM.length && !eof) {
            try {
                int r = in.read(buf, end, buf.length - end);
                if (r < 0) {
                    eof = true;
                } else {
                    end += r;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (end >= BOM.length && Arrays.equals(buf, 0, BOM.length, BOM, 0, BOM.length)) {
            pos = BOM.length;
        }
    }

    /**
     * The pointer of the first long string in the start of the over-long line held ({@code maxLineBytes + 1} bytes),
     * cut to whole steps within {@link #MAX_POINTER} characters (a first step longer than that to its first
     * {@code MAX_POINTER}); null when none, or when not looked for.
     */
    private String longStringPointer() {
        if (longString == 0) {
            return null;
        }
        String pointer = JsonInput.longString(line, length, longString);
        if (pointer == null || pointer.length() <= MAX_POINTER) {
            return pointer;
        }
        int cut = pointer.lastIndexOf('/', MAX_POINTER);
        // a first step this long is a made-up key: cut inside it, still a step (not "", a line that is one string)
        return pointer.substring(0, cut > 0 ? cut : MAX_POINTER);
    }

    /** The most bytes of one line this reader has held at once (its line buffer's largest size). For tests. */
    int mostHeld() {
        return mostHeld;
    }

    /** Ends the lines with this one: the reader does not look for a next line. */
    private boolean stop(Why why, long at) {
        number++;
        stopped = true;
        next = new Line(number, null, 0, new Refusal(why, at));
        return true;
    }

    private void append(byte b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxLineBytes + 1L));
            mostHeld = Math.max(mostHeld, line.length);
        }
        line[length++] = b;
    }

    private boolean fill() {
        if (eof) {
            return false;
        }
        try {
            int r = in.read(buf);
            if (r <= 0) {
                eof = r < 0;
                return r > 0;
            }
            pos = 0;
            end = r;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
