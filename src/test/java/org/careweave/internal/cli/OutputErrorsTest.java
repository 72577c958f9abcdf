package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output that cannot be written is an exit code, never success: a full disk, a pipe closed by {@code head}. */
class OutputErrorsTest {

    @TempDir
    Path dir;

    /** Accepts {@code capacity} bytes, then fails every write as a full disk or a closed pipe does. */
    private static final class FullDevice extends OutputStream {
        private long left;

        FullDevice(long capacity) {
            left = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            if (left-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    private static PrintWriter full(long capacity) {
        return new PrintWriter(new OutputStreamWriter(new FullDevice(capacity), StandardCharsets.UTF_8));
    }

    @Test
    void planIntoAFullDeviceExitsThreeAndSaysSo() {
        StringWriter err = new StringWriter();
        int exit = Main.execute(full(0), new PrintWriter(err), "plan", "examples/stroke.json",
                "--rules", TestRules.RULES.toString());
        assertEquals(Main.OUTPUT_FAILED, exit, err.toString());
        assertTrue(err.toString().contains("the output could not be written"), err.toString());
    }

    @Test
    void aBatchWhoseOutputClosesStopsWithinSixtyFourLinesAndExitsThree() throws Exception {
        String good = Files.readString(Path.of("examples/stroke.json")).replaceAll("\\s*\n\\s*", " ");
        Path file = dir.resolve("cases.ndjson");
        Files.writeString(file, IntStream.range(0, 2000).mapToObj(i -> good).collect(Collectors.joining("\n")));
        StringWriter err = new StringWriter();
        // room for a few plans only, as when `head -3` closes the pipe
        int exit = Main.execute(full(20_000), new PrintWriter(err), "plan", "--batch", file.toString(),
                "--rules", TestRules.RULES.toString(), "--no-progress");
        assertEquals(Main.OUTPUT_FAILED, exit, err.toString());
        assertTrue(err.toString().contains("stopped: the output could not be written (closed pipe or full disk) "
                + "after " + BatchMode.CHECK_OUTPUT_EVERY + " lines"), err.toString());
    }
}
