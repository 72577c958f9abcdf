package org.careweave.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.careweave.RuleBuildException;
import org.careweave.internal.batch.BatchPlanner;
import org.careweave.internal.batch.LineResult;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.io.SafeText;
import org.careweave.plan.Failure;

/**
 * {@code careweave plan --batch CASES.ndjson}. Reads one case per line, plans on every core, writes one line per
 * non-blank input line to stdout in input order: the plan on one line, or for a line that failed an error object
 * {@code {"line":17,"kind":"bad-input","error":"/findings/0/level: must be <= 6"}} so that output line k is always
 * the answer to the k-th case. Each failure is also reported on stderr as {@code line 17: <message>}; the rest of
 * the file is still planned, whatever failed on that line: bad bytes, a line over
 * {@link BatchPlanner#MAX_LINE_BYTES}, a rule that throws. Blank lines are skipped (and counted in line numbers).
 * Input that cannot be split into lines (a NUL byte: binary data or UTF-16; a line with no newline within 16 MiB:
 * {@code /dev/zero}) stops the batch at that line: the lines before it are answered as always, that line gets its
 * error object, nothing after it is read, stderr says where it stopped, and the exit is 2.
 * If the output cannot be written the batch stops within {@link #CHECK_OUTPUT_EVERY} lines: quietly with
 * {@link Main#CLOSED_PIPE} when the reader closed the pipe ({@code | head}), else (a full disk) saying so with
 * {@link Main#OUTPUT_FAILED}. A pretty-printed JSON document given as the batch stops it at its first line with one
 * hint (a batch is one case per line), not an error for each of its lines.
 *
 * <p>Exit code: 0 every line planned; 2 some line was bad input; 1 the rules did not compile or their tables have
 * errors (said once, before any line is read: {@link SoundTables}), or they failed to plan some line (a rules defect
 * outranks bad input); 3 the output could not be written; 141 the pipe was closed.
 * Memory stays constant for any input size: at most {@code --window} cases, and
 * {@link BatchPlanner#MAX_BYTES_IN_FLIGHT} bytes of them, are read ahead of the output.
 */
final class BatchMode {

    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;
    /** Lines between checks that the output is still writable: a closed pipe stops the batch within this many. */
    static final int CHECK_OUTPUT_EVERY = 64;

    private final RulesOption rules;
    private final Path file;
    private final Integer threads;
    private final Integer window;
    private final Boolean progress;
    private final boolean trace;

    BatchMode(RulesOption rules, Path file, Integer threads, Integer window, Boolean progress, boolean trace) {
        this.rules = rules;
        this.file = file;
        this.threads = threads;
        this.window = window;
        this.progress = progress;
        this.trace = trace;
    }

    int run(PrintWriter out, PrintWriter err) {
        Planner planner;
        try {
            planner = rules.planner();
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        InputStream input;
        try {
            input = "-".equals(file.toString()) ? System.in : Files.newInputStream(file);
        } catch (IOException e) {
            err.println(FileProblems.of(file, e));
            return Main.BAD_INPUT;
        }
        boolean showProgress = progress != null ? progress : Terminal.stderrIsTerminal();
        long planned = 0;
        long badInput = 0;
        long rulesFailed = 0;
        long started = System.nanoTime();
        long lastProgress = started;
        long written = 0;
        long stoppedAt = 0;
        try (InputStream in = input;
             BatchPlanner batch = new BatchPlanner(planner,
                threads == null ? BatchPlanner.defaultThreads() : threads, window == null ? 0 : window);
             Stream<LineResult> results = batch.planLines(in, trace)) {
            Iterator<LineResult> it = results.iterator();
            while (it.hasNext()) {
                LineResult r = it.next();
                out.write(r.json());
                out.write('\n');
                // A closed pipe or a full disk: stop planning (closing the stream cancels the work in flight)
                // rather than plan the rest into nowhere. checkError flushes, so not on every line.
                if (++written % CHECK_OUTPUT_EVERY == 0 && out.checkError()) {
                    return outputLost(out, err, written, showProgress);
                }
                if (r.stops()) {
                    stoppedAt = r.line();
                }
                if (r.ok()) {
                    planned++;
                } else {
                    if (r.failure().kind() == Failure.Kind.BAD_INPUT) {
                        badInput++;
                    } else {
                        rulesFailed++;
                    }
                    if (showProgress) {
                        Main.SafeErr.raw(err).print("\r\033[K"); // the terminal's own sequence: not escaped
                    }
                    err.println(r.diagnostic());
                    err.flush();
                }
                if (showProgress) {
                    long now = System.nanoTime();
                    if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
                        lastProgress = now;
                        progressLine(err, planned, badInput + rulesFailed, now - started);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            out.flush();
            err.println("-".equals(file.toString()) ? "-: standard input cannot be read ("
                    + e.getCause().getClass().getSimpleName() + ")" : FileProblems.of(file, e.getCause()));
            return Main.BAD_INPUT;
        } catch (IOException e) {
            // closing the input failed after every line was read and written: the output is complete
            err.println(SafeText.escape(file.toString()) + ": " + SafeText.escape(e.getMessage()));
        }
        if (out.checkError()) {
            return outputLost(out, err, written, showProgress);
        }
        if (showProgress) {
            progressLine(err, planned, badInput + rulesFailed, System.nanoTime() - started);
            err.println();
        }
        // Stopped at the first case (a pretty-printed file, UTF-16, /dev/zero): its one line says it all.
        boolean onlyTheStop = stoppedAt > 0 && planned + badInput + rulesFailed == 1;
        if (stoppedAt > 0 && !onlyTheStop) {
            err.println("plan --batch: stopped at line " + stoppedAt + ": the input after it is not NDJSON and was"
                    + " not read; the lines before it are answered above");
        }
        if (badInput + rulesFailed > 0 && !onlyTheStop) {
            err.println((badInput + rulesFailed) + " of " + (planned + badInput + rulesFailed)
                    + " cases failed (" + badInput + " bad input, " + rulesFailed + " rules failed)");
        }
        err.flush();
        return rulesFailed > 0 ? Main.RULES_FAILED : badInput > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private static int outputLost(PrintWriter out, PrintWriter err, long written, boolean showProgress) {
        if (showProgress) {
            Main.SafeErr.raw(err).print("\r\033[K"); // no progress line left behind
        }
        if (Stdout.closedPipe(out)) {
            err.flush();
            return Main.CLOSED_PIPE; // the reader has what it wanted (| head): nothing to say
        }
        err.println("plan --batch: stopped: the output could not be written (full disk?) after " + written
                + " lines");
        err.flush();
        return Main.OUTPUT_FAILED;
    }

    private static void progressLine(PrintWriter err, long planned, long failed, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
        Main.SafeErr.raw(err).printf("\r\033[Kplanned %,d, failed %,d, %,.0f cases/s", planned, failed, (planned + failed) / seconds);
        Main.SafeErr.raw(err).flush();
    }
}
