package org.careweave.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * One non-blank input line and where it came from: {@code file} is the file's name (no folder), {@code line} the
 * 1-based line number counting blank lines, as an editor and {@code plan --batch} number them. Either {@code json}
 * is the line's text, or the line was refused as it was read and {@code error} says why (a {@code bad-input}
 * message of {@code plan --batch}'s, none of the line's content) and {@code json} is null.
 */
public record NumberedLine(String file, long line, String json, String error) {

    /** A line read as text. */
    public NumberedLine(String file, long line, String json) {
        this(file, line, json, null);
    }

    /** The coder for {@link NumberedLine}: file, line, text or error. */
    public static final Coder<NumberedLine> CODER = new LineCoder();

    private static final class LineCoder extends AtomicCoder<NumberedLine> {
        private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
        private static final VarLongCoder NUMBER = VarLongCoder.of();
        private static final BooleanCoder BOOLEAN = BooleanCoder.of();

        @Override
        public void encode(NumberedLine value, OutputStream out) throws IOException {
            TEXT.encode(value.file(), out);
            NUMBER.encode(value.line(), out);
            BOOLEAN.encode(value.json() != null, out);
            TEXT.encode(value.json() != null ? value.json() : value.error(), out);
        }

        @Override
        public NumberedLine decode(InputStream in) throws IOException {
            String file = TEXT.decode(in);
            long line = NUMBER.decode(in);
            boolean text = BOOLEAN.decode(in);
            String value = TEXT.decode(in);
            return text ? new NumberedLine(file, line, value, null) : new NumberedLine(file, line, null, value);
        }

        @Override
        public void verifyDeterministic() {
            // UTF-8 strings, booleans and variable-length longs encode one way only.
        }
    }
}
