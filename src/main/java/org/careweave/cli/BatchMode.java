package org.careweave.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.careweave.CarePlanner;
import org.careweave.batch.BatchPlanner;
import org.careweave.batch.Failure;
import org.careweave.batch.LineResult;
import org.careweave.engine.RuleBuildException;

/**
 * {@code careweave plan --batch CASES.ndjson}. Reads one case per line, plans on every core, writes one line per
 * non-blank input line to stdout in input order: the plan on one line, or for a line that failed an error object
 * {@code {"line":17,"kind":"bad-input","error":"/findings/0/level: must be <= 6"}} so that output line k is always
 * the answer to the k-th case. Each failure is also reported on stderr as {@code line 17: <message>}; the rest of
 * the file is still planned. Blank lines are skipped (and counted in line numbers).
 *
 * <p>Exit code: 0 every line planned; 2 some line was bad input; 1 the rules did not compile, or failed to plan
 * some line (a rules defect outranks bad input). Memory stays constant for any input size: at most
 * {@code --window} cases are read ahead of the output.
 */
final class BatchMode {

    private static final long PROGRESS_EVERY_NANOS = 250_000_000L;

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
        CarePlanner planner;
        try {
            planner = rules.planner();
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        BufferedReader reader;
        try {
            reader = "-".equals(file.toString())
                    ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8), 1 << 16)
                    : Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println(file + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        boolean showProgress = progress != null ? progress : Terminal.stderrIsTerminal();
        long planned = 0;
        long badInput = 0;
        long rulesFailed = 0;
        long started = System.nanoTime();
        long lastProgress = started;
        try (BufferedReader in = reader;
             BatchPlanner batch = new BatchPlanner(planner,
                threads == null ? BatchPlanner.defaultThreads() : threads, window == null ? 0 : window);
             Stream<String> lines = in.lines();
             Stream<LineResult> results = batch.planLines(lines, trace)) {
            Iterator<LineResult> it = results.iterator();
            while (it.hasNext()) {
                LineResult r = it.next();
                out.write(r.json());
                out.write('\n');
                if (r.ok()) {
                    planned++;
                } else {
                    if (r.failure().kind() == Failure.Kind.BAD_INPUT) {
                        badInput++;
                    } else {
                        rulesFailed++;
                    }
                    if (showProgress) {
                        err.print("\r\033[K");
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
            err.println(file + ": " + e.getCause().getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            // closing the input failed after every line was read and written: the output is complete
            err.println(file + ": " + e.getMessage());
        }
        out.flush();
        if (showProgress) {
            progressLine(err, planned, badInput + rulesFailed, System.nanoTime() - started);
            err.println();
        }
        if (badInput + rulesFailed > 0) {
            err.println((badInput + rulesFailed) + " of " + (planned + badInput + rulesFailed)
                    + " cases failed (" + badInput + " bad input, " + rulesFailed + " rules failed)");
        }
        err.flush();
        return rulesFailed > 0 ? Main.RULES_FAILED : badInput > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private static void progressLine(PrintWriter err, long planned, long failed, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-9);
        err.printf("\r\033[Kplanned %,d, failed %,d, %,.0f cases/s", planned, failed, (planned + failed) / seconds);
        err.flush();
    }
}
