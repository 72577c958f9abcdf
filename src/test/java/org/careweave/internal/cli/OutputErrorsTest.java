package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be written is an exit code, never success: 3 and a message for a full disk; 141 and no message
 * for a pipe closed by {@code head}, which is the reader's choice (fresh-user trial 3: {@code plan case.json | head
 * -3} printed "the output could not be written").
 */
class OutputErrorsTest {

    @TempDir
    Path dir;

    /** Accepts {@code capacity} bytes, then fails every write with {@code error}, as the system says it. */
    private static final class FullDevice extends OutputStream {
        private long left;
        private final String error;

        FullDevice(long capacity, String error) {
            left = capacity;
            this.error = error;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException(error);
            }
        }
    }

    /** Standard output as {@code main} makes it, onto a device that fills up after {@code capacity} bytes. */
    private static PrintWriter full(long capacity) {
        return Stdout.of(new FullDevice(capacity, "No space left on device"));
    }

    /** Standard output as {@code main} makes it, onto a pipe whose reader leaves after {@code capacity} bytes. */
    private static PrintWriter closing(long capacity) {
        return Stdout.of(new FullDevice(capacity, "Broken pipe"));
    }

    @Test
    void aPlanIntoAPipeTheReaderClosedEndsQuietlyWithTheShellsStatusForIt() {
        StringWriter err = new StringWriter();
        int exit = Main.execute(closing(100), new PrintWriter(err), "plan", "examples/stroke.json",
                "--rules", TestRules.RULES.toString());
        assertEquals(Main.CLOSED_PIPE, exit, err.toString());
        assertEquals(141, Main.CLOSED_PIPE, "128 + SIGPIPE (13)");
        assertEquals("", err.toString());
    }

    @Test
    void aBatchIntoAPipeTheReaderClosedStopsWithinSixtyFourLinesQuietly() throws Exception {
        Path file = manyCases(2000);
        StringWriter err = new StringWriter();
        int exit = Main.execute(closing(20_000), new PrintWriter(err), "plan", "--batch", file.toString(),
                "--rules", TestRules.RULES.toString(), "--no-progress");
        assertEquals(Main.CLOSED_PIPE, exit, err.toString());
        assertEquals("", err.toString());
    }

    /**
     * The real thing, in a process of its own: stdout a pipe that the reader closes after a few bytes, as
     * {@code | head -1} does. The JVM gets EPIPE (it ignores SIGPIPE); careweave exits 141 and says nothing.
     */
    @Test
    void aRealPipeClosedByItsReaderEndsTheProcessWith141AndNothingOnStderr() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(javaBin, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "plan", "examples/stroke.json",
                "--rules", TestRules.RULES.toString(), "--trace");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        byte[] first = p.getInputStream().readNBytes(10);
        p.getInputStream().close(); // the reader leaves: the plan (over 64 KiB with --trace) is still being written
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the process did not end");
        assertEquals("{\n  \"caseI", new String(first, StandardCharsets.UTF_8), "the plan had begun");
        assertEquals(Main.CLOSED_PIPE, p.exitValue(), err.get());
        assertEquals("", err.get());
    }

    private Path manyCases(int n) throws IOException {
        String good = Files.readString(Path.of("examples/stroke.json")).replaceAll("\\s*\n\\s*", " ");
        Path file = dir.resolve("cases.ndjson");
        Files.writeString(file, IntStream.range(0, n).mapToObj(i -> good).collect(Collectors.joining("\n")));
        return file;
    }

    @Test
    void planIntoAFullDeviceExitsThreeAndSaysSo() {
        StringWriter err = new StringWriter();
        int exit = Main.execute(full(0), new PrintWriter(err), "plan", "examples/stroke.json",
                "--rules", TestRules.RULES.toString());
        assertEquals(Main.OUTPUT_FAILED, exit, err.toString());
        assertEquals("careweave: the output could not be written (full disk?)\n", err.toString());
    }

    @Test
    void aBatchWhoseOutputFillsTheDiskStopsWithinSixtyFourLinesAndExitsThree() throws Exception {
        Path file = manyCases(2000);
        StringWriter err = new StringWriter();
        // room for a few plans only
        int exit = Main.execute(full(20_000), new PrintWriter(err), "plan", "--batch", file.toString(),
                "--rules", TestRules.RULES.toString(), "--no-progress");
        assertEquals(Main.OUTPUT_FAILED, exit, err.toString());
        assertEquals("plan --batch: stopped: the output could not be written (full disk?) after "
                + BatchMode.CHECK_OUTPUT_EVERY + " lines\n", err.toString());
    }
}
