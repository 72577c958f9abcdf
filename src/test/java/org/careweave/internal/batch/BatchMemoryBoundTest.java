package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.careweave.internal.cli.Main;
import org.careweave.toolkit.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Memory is bounded by bytes in flight, not by lines: {@code plan --batch -} in a child JVM with a 256 MB heap
 * reads a 15 MB line, 40 lines of 8 MB and 40 lines just under the line limit, then a 300 MB line, streamed into its
 * stdin as they are generated (never a file, never whole in this JVM either), and answers every line: the long lines
 * are per-line errors (each named by its padding, a string under a key a case does not have, found in the first
 * 1 MiB of the line, which alone is held and parsed), the cases around them are planned, the 300 MB line (no newline within 16 MiB) is the last,
 * stopping the batch, and no OutOfMemoryError is thrown. (Before the skip bound, the 300 MB line was line 2 and the
 * batch went on after it; the figures below are from then.) About 660 MB go
 * through the pipe, yet the child's CPU time is mostly its start and rule compile: 7.4 s of CPU against 6.9 s for
 * the same batch without the long lines (measured 2026-12-01 on the 2-core box; wall time 13-19 s there under a
 * load of 13). The whole test is capped at 3 minutes so a regression (a line read whole, a hang) cannot hold CI.
 */
class BatchMemoryBoundTest {

    private static final long MB = 1L << 20;
    private static final String CASE = Fixture.WALK_CASE.replace("\n", " ").strip();

    /** One input line: its text is {@code prefix}, then {@code padding} bytes of 'x', then {@code suffix}. */
    private record Gen(String prefix, long padding, String suffix) {

        static Gen of(String text) {
            return new Gen(text, 0, "");
        }

        static Gen padded(long totalBytes) {
            String prefix = "{\"caseId\":\"padded\",\"pad\":\"";
            String suffix = "\"}";
            return new Gen(prefix, totalBytes - prefix.length() - suffix.length(), suffix);
        }

        long bytes() {
            return prefix.length() + padding + suffix.length();
        }

        void writeTo(OutputStream out, byte[] chunk) throws IOException {
            out.write(prefix.getBytes(StandardCharsets.UTF_8));
            for (long left = padding; left > 0; left -= chunk.length) {
                out.write(chunk, 0, (int) Math.min(chunk.length, left));
            }
            out.write(suffix.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void longLinesAreLineErrorsAndAThreeHundredMegabyteLineStopsTheBatchIn256MegabytesOfHeap() throws Exception {
        List<Gen> input = new ArrayList<>();
        input.add(Gen.of(CASE));                                       // line 1
        input.add(Gen.padded(15 * MB));                                // line 2: ends within the 16 MiB skip bound
        input.add(Gen.of(CASE));                                       // line 3
        for (int i = 0; i < 40; i++) {
            input.add(Gen.padded(8 * MB));                             // lines 4..43
        }
        for (int i = 0; i < 40; i++) {
            input.add(Gen.padded(BatchPlanner.MAX_LINE_BYTES - 1000)); // lines 44..83: read and parsed whole
        }
        input.add(Gen.of(CASE));                                       // line 84
        input.add(Gen.padded(300 * MB));                               // line 85: no end within 16 MiB, stops
        long totalBytes = input.stream().mapToLong(g -> g.bytes() + 1).sum();

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "plan", "--batch", "-", "--threads", "2");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        long started = System.nanoTime();
        Process child = pb.start();
        CompletableFuture<List<String>> out = CompletableFuture.supplyAsync(() -> lines(child.getInputStream()));
        CompletableFuture<List<String>> err = CompletableFuture.supplyAsync(() -> lines(child.getErrorStream()));
        byte[] chunk = new byte[1 << 16];
        Arrays.fill(chunk, (byte) 'x');
        try (OutputStream stdin = child.getOutputStream()) {
            for (Gen g : input) {
                g.writeTo(stdin, chunk);
            }
        } catch (IOException e) {
            // the batch stopped reading in line 85, as it should: the rest of it cannot be written
        }
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the batch did not finish in 120 s");
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> stdout = out.get(30, TimeUnit.SECONDS);
        List<String> stderr = err.get(30, TimeUnit.SECONDS);
        System.out.println("batch memory bound: " + totalBytes / MB + " MB in " + input.size() + " lines through -Xmx256m"
                + " in " + millis + " ms");

        String allErr = String.join("\n", stderr);
        assertFalse(allErr.contains("OutOfMemoryError") || String.join("\n", stdout).contains("OutOfMemoryError"),
                allErr);
        assertFalse(allErr.contains("\tat "), allErr);
        assertEquals(Main.BAD_INPUT, child.exitValue(), allErr);
        assertEquals(input.size(), stdout.size(), "one output line per input line");
        for (int line : new int[] {1, 3, 84}) {
            assertTrue(stdout.get(line - 1).contains("\"caseId\":\"walk\"") && !stdout.get(line - 1).contains(
                    "\"kind\":\"bad-input\""), "line " + line + " planned: " + excerpt(stdout.get(line - 1)));
        }
        // the padding is one string under a key a case does not have: named at the object holding it, the document
        String padding = "/: an unknown field holds a string over 1000 characters (the case is over 1048576 bytes"
                + " (1 MiB) with it, so nothing after it was read)";
        assertTrue(stdout.get(84).startsWith("{\"line\":85,") && stdout.get(84).contains(padding
                + "; the line has no end of line in its first " + 16 * MB + " bytes; the batch stops here"),
                excerpt(stdout.get(84)));
        assertTrue(allErr.contains("plan --batch: stopped at line 85"), allErr);
        for (int line = 2; line <= 83; line++) {
            if (line == 3) {
                continue;
            }
            String o = stdout.get(line - 1);
            assertTrue(o.startsWith("{\"line\":" + line + ",") && o.contains("\"kind\":\"bad-input\""),
                    "line " + line + ": " + excerpt(o));
            assertTrue(o.length() < 1000, "no echo of the input: line " + line + " answered in " + o.length()
                    + " characters");
            if (line <= 43) {
                assertTrue(o.contains("\"error\":\"" + padding + "\""), excerpt(o));
            }
        }
    }

    private static String excerpt(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }

    private static List<String> lines(java.io.InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
