package org.careweave.internal.cli;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line's standard output: a PrintWriter (which keeps write errors to itself until
 * {@link #checkError()}) that also remembers whether a write failed because the reader closed the pipe
 * ({@code careweave plan case.json | head -3}). That is the reader's choice, not a failure to report: the command
 * ends quietly with {@link Main#CLOSED_PIPE}, where a full disk is said on stderr and ends with
 * {@link Main#OUTPUT_FAILED}.
 */
final class Stdout extends PrintWriter {

    private final Sink sink;

    private Stdout(Sink sink) {
        super(new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16), false);
        this.sink = sink;
    }

    /** UTF-8 text to {@code out}, buffered; nothing is written until a flush or 64 KiB. */
    static Stdout of(OutputStream out) {
        return new Stdout(new Sink(out));
    }

    /** Whether {@code out} failed to be written because its reader closed the pipe (false for any other writer). */
    static boolean closedPipe(PrintWriter out) {
        return out instanceof Stdout s && s.checkError() && s.sink.closedPipe;
    }

    /**
     * Whether a write failed because nothing reads the pipe any more: EPIPE, which the JVM gets instead of the SIGPIPE
     * that would end a C program (Linux and macOS: "Broken pipe"; Windows: "The pipe is being closed" or "The pipe
     * has been ended"). Java gives no error code, only the system's text.
     */
    static boolean isClosedPipe(IOException e) {
        String m = e.getMessage();
        return m != null && (m.contains("Broken pipe") || m.contains("pipe is being closed")
                || m.contains("pipe has been ended"));
    }

    /** Passes bytes on and remembers a closed pipe. */
    private static final class Sink extends FilterOutputStream {
        private volatile boolean closedPipe;

        Sink(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            closedPipe |= isClosedPipe(e);
            return e;
        }
    }
}
