package org.careweave.internal.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.careweave.plan.Failure;

/**
 * Splits an NDJSON byte stream into lines without trusting it: each line is decoded as strict UTF-8 on its own,
 * so one bad byte spoils only its line, and a line longer than {@code maxLineBytes} is skipped to its newline
 * without being held in memory (at most one buffer of 64 KiB plus one line of {@code maxLineBytes} is). Blank
 * lines are counted and skipped; a trailing {@code \r} is dropped. Not thread-safe.
 *
 * <p>Two things end the lines early, because what follows them cannot be told apart into lines: a NUL byte (no
 * JSON text has one; binary data, or UTF-16 rather than UTF-8, does) and an over-long line whose newline does not
 * come within {@link #SKIP_FACTOR} times the limit ({@code /dev/zero}, a sparse file, a stream with no newlines
 * would otherwise be read to its end, or forever). That line is the last one, its failure says so and
 * {@link Line#stops()} is true; nothing after it is read.
 */
final class NdjsonLines implements Iterator<NdjsonLines.Line> {

    /**
     * One non-blank input line: its 1-based number, its text, and its size in bytes (what it weighs in memory
     * while in flight), or the reason it cannot be read ({@code text} is then null).
     */
    record Line(long number, String text, long bytes, Failure failure, boolean stops) {

        Line(long number, String text, long bytes, Failure failure) {
            this(number, text, bytes, failure, false);
        }
    }

    /** An over-long line is skipped looking for its newline up to this many times the line limit, then the lines end. */
    static final long SKIP_FACTOR = 16;

    private static final String STOPS = "; the batch stops here, nothing after it is read";

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    private boolean eof;
    private long number;
    private Line next;
    private byte[] line = new byte[256];
    private int length;
    /** Set once a line ends the input ({@link Line#stops()}): nothing more is read. */
    private boolean stopped;

    NdjsonLines(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive");
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    @Override
    public boolean hasNext() {
        while (next == null && readLine()) {
            // readLine sets next for a non-blank line
        }
        return next != null;
    }

    @Override
    public Line next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Line out = next;
        next = null;
        return out;
    }

    /** Reads one line; false at the end of input. */
    private boolean readLine() {
        if (stopped) {
            return false;
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
                return stop("/: a NUL byte at byte " + total + " of the line: not NDJSON text (binary data, or UTF-16"
                        + " rather than UTF-8)");
            }
            if (total <= maxLineBytes) {
                append(b);
            } else if (total > skipLimit) {
                return stop("/: line longer than the limit of " + maxLineBytes + " bytes, with no end of line in its"
                        + " first " + skipLimit + " bytes: not NDJSON");
            }
        }
        number++;
        if (total > maxLineBytes) {
            next = new Line(number, null, 0, new Failure(Failure.Kind.BAD_INPUT,
                    "/: line longer than the limit of " + maxLineBytes + " bytes (" + total + " bytes)"));
            return true;
        }
        int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        String text;
        try {
            text = decoder().decode(ByteBuffer.wrap(line, 0, n)).toString();
        } catch (CharacterCodingException e) {
            next = new Line(number, null, 0, new Failure(Failure.Kind.BAD_INPUT,
                    "/: not UTF-8 (bad byte at byte " + (firstBadByte(n) + 1) + " of the line)"));
            return true;
        }
        if (!text.isBlank()) {
            next = new Line(number, text, n, null);
        }
        if (line.length > 1 << 16 && length < 1 << 14) {
            line = new byte[256]; // a long line's buffer is not kept for the many short ones after it
        }
        return true;
    }

    /** Ends the lines with this one, a bad-input failure: the reader does not look for a next line. */
    private boolean stop(String why) {
        number++;
        stopped = true;
        next = new Line(number, null, 0, new Failure(Failure.Kind.BAD_INPUT, why + STOPS), true);
        return true;
    }

    private void append(byte b) {
        if (length == line.length) {
            line = java.util.Arrays.copyOf(line, (int) Math.min((long) line.length * 2, maxLineBytes));
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

    /** The 0-based offset of the first byte that is not UTF-8: where the decoder stops. */
    private int firstBadByte(int n) {
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, n);
        java.nio.CharBuffer chars = java.nio.CharBuffer.allocate(n);
        decoder().decode(bytes, chars, true);
        return bytes.position();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
