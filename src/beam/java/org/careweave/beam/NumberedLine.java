package org.careweave.beam;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.beam.sdk.coders.AtomicCoder;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;

/**
 * One non-blank input line and where it came from: {@code file} is the file's name (no folder), {@code line} the
 * 1-based line number counting blank lines, as an editor and {@code plan --batch} number them.
 */
public record NumberedLine(String file, long line, String json) {

    /** The coder for {@link NumberedLine}: file, line, text. */
    public static final Coder<NumberedLine> CODER = new LineCoder();

    private static final class LineCoder extends AtomicCoder<NumberedLine> {
        private static final StringUtf8Coder TEXT = StringUtf8Coder.of();
        private static final VarLongCoder NUMBER = VarLongCoder.of();

        @Override
        public void encode(NumberedLine value, OutputStream out) throws IOException {
            TEXT.encode(value.file(), out);
            NUMBER.encode(value.line(), out);
            TEXT.encode(value.json(), out);
        }

        @Override
        public NumberedLine decode(InputStream in) throws IOException {
            return new NumberedLine(TEXT.decode(in), NUMBER.decode(in), TEXT.decode(in));
        }

        @Override
        public void verifyDeterministic() {
            // UTF-8 strings and variable-length longs encode one way only.
        }
    }
}
