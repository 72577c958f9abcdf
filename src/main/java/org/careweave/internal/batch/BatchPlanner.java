package org.careweave.internal.batch;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.careweave.InputException;
import org.careweave.PlanningException;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.io.BoundedLines;
import org.careweave.internal.io.ByteOrderMark;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.Failure;
import org.careweave.plan.Outcome;

/**
 * Plans many cases on all cores, in input order, in constant memory. One {@link Planner} (one compiled
 * KieBase) is shared by every worker thread: each plan runs in its own stateless session, so workers share
 * nothing mutable.
 *
 * <p>Ordering and memory: inputs are read only as fast as results are consumed, with at most {@link #window()}
 * cases read but not yet handed back (a queue of futures in input order; see {@code OrderedParallel}). A case
 * that fails (bad input, or rules that cannot make a plan) becomes a result with a {@link Failure}; it never
 * stops the rest.
 *
 * <pre>{@code
 * try (BatchPlanner batch = new BatchPlanner(Planner.bundled());
 *      Stream<Outcome> out = batch.planAll(cases)) {
 *     out.forEach(o -> ...);                       // same order as cases
 * }
 * }</pre>
 */
public final class BatchPlanner implements AutoCloseable {

    /**
     * Longest NDJSON line read, in bytes (1 MiB; a real case is a few KiB). A longer line is that line's
     * {@code bad-input} error and is never held in memory.
     */
    public static final int MAX_LINE_BYTES = CaseReader.MAX_CASE_BYTES;

    /**
     * Most bytes of input lines read but not yet answered (4 MiB): with the window, what bounds memory, so 40
     * lines of 1 MiB are planned a few at a time rather than all parsed at once.
     */
    public static final long MAX_BYTES_IN_FLIGHT = 4L << 20;

    private final Planner planner;
    private final int threads;
    private final int window;
    private final ThreadPoolExecutor pool;

    /** All available processors, and a window of 32 cases per thread. */
    public BatchPlanner(Planner planner) {
        this(planner, defaultThreads(), 0);
    }

    /**
     * @param threads worker threads (at least 1)
     * @param window  most cases read but not yet handed back; 0 for the default of 32 per thread. Must be at
     *                least 1; a window smaller than {@code threads} leaves threads idle.
     */
    public BatchPlanner(Planner planner, int threads, int window) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
        if (window < 0) {
            throw new IllegalArgumentException("window must be at least 1 (or 0 for the default)");
        }
        this.planner = Objects.requireNonNull(planner);
        this.threads = threads;
        this.window = window == 0 ? 32 * threads : window;
        // The queue never holds more than the window: the window is enforced before submitting.
        this.pool = new ThreadPoolExecutor(threads, threads, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new Workers());
        // Idle workers end, so an abandoned, unclosed batch does not keep threads alive forever.
        this.pool.allowCoreThreadTimeOut(true);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    public int window() {
        return window;
    }

    /**
     * Plans every case, lazily and in order. The stream reads {@code cases} as it is consumed; close it (or
     * consume it fully) to cancel work still in flight. {@link Outcome#index()} is the 0-based position.
     */
    public Stream<Outcome> planAll(Stream<Case> cases) {
        Iterator<Indexed<Case>> input = indexed(cases.iterator());
        OrderedParallel<Indexed<Case>, Outcome> out = new OrderedParallel<>(input, this::plan, pool, window);
        return stream(out).onClose(out::cancelAll).onClose(cases::close);
    }

    /**
     * Plans NDJSON lines: one result per non-blank line, in order. Blank (whitespace-only) lines are skipped
     * but still counted, so {@link LineResult#line()} is the line number an editor shows. Each line is read,
     * planned and written as JSON on a worker thread.
     */
    public Stream<LineResult> planLines(Stream<String> lines) {
        return planLines(lines, false);
    }

    /** As {@link #planLines(Stream)}; with {@code trace}, each plan lists every rule firing. */
    public Stream<LineResult> planLines(Stream<String> lines, boolean trace) {
        Iterator<Indexed<String>> input = nonBlank(lines.iterator());
        Function<Indexed<String>, LineResult> work = l -> planLine(l, trace);
        OrderedParallel<Indexed<String>, LineResult> out = new OrderedParallel<>(input, work, pool, window,
                l -> 2L * l.value().length(), MAX_BYTES_IN_FLIGHT);
        return stream(out).onClose(out::cancelAll).onClose(lines::close);
    }

    /**
     * Plans NDJSON bytes: as {@link #planLines(Stream, boolean)}, with each line decoded as UTF-8 on its own and
     * at most {@link #MAX_LINE_BYTES} long, so a line with a bad byte or too long is that line's
     * {@code bad-input} result and the rest are planned; at most {@link #MAX_BYTES_IN_FLIGHT} bytes of lines
     * (plus one line) are in flight. Input that cannot be split into lines ends the results with that line's
     * {@code bad-input} result ({@link LineResult#stops()}): a NUL byte, or a line with no newline within 16 times
     * the line limit. The stream is not closed here; a read error ends the results with an
     * {@link java.io.UncheckedIOException}.
     */
    public Stream<LineResult> planLines(java.io.InputStream ndjson, boolean trace) {
        return planLines(ndjson, trace, MAX_LINE_BYTES);
    }

    /**
     * As {@link #planLines(java.io.InputStream, boolean)} with a line limit of your choice, in bytes; a line over a
     * limit other than {@link #MAX_LINE_BYTES} is refused at {@code /} ({@link #lines}).
     */
    public Stream<LineResult> planLines(java.io.InputStream ndjson, boolean trace, int maxLineBytes) {
        BoundedLines input = lines(ndjson, maxLineBytes);
        Function<BoundedLines.Line, LineResult> work = l -> l.refusal() != null
                ? refusedLine(l, maxLineBytes, "the batch")
                : planLine(planner, l.number(), l.text(), trace);
        OrderedParallel<BoundedLines.Line, LineResult> out = new OrderedParallel<>(input, work, pool, window,
                BoundedLines.Line::bytes, MAX_BYTES_IN_FLIGHT);
        return stream(out).onClose(out::cancelAll);
    }

    /**
     * The lines of an NDJSON stream as {@code plan --batch} reads them, for other runtimes too (the Beam pipeline):
     * at most {@code maxLineBytes} a line; at the batch's own limit, {@link #MAX_LINE_BYTES} (a line is a case), an
     * over-long line's first {@code MAX_LINE_BYTES + 1} bytes, the ones the reader holds anyway, are parsed for a
     * string over {@link CaseReader#LONG_STRING} units, as a case file's reader does, so {@link #refusedLine} names
     * it where a case file's refusal would ({@link BoundedLines.Refusal#pointer()}). Memory stays one line's limit
     * whatever the length of the line.
     *
     * @param ndjson       the stream, read as the lines are taken; not closed here
     * @param maxLineBytes the longest line given as text, in bytes (at least 1)
     * @return the lines, numbered from 1, blank ones counted and skipped
     */
    public static BoundedLines lines(java.io.InputStream ndjson, int maxLineBytes) {
        return new BoundedLines(ndjson, maxLineBytes, maxLineBytes == MAX_LINE_BYTES ? CaseReader.LONG_STRING : 0);
    }

    /** How a refusal of a whole line over the limit begins after its {@code /}: "longer than 1 MiB ...". */
    static final String LONGER_THAN = "longer than ";

    /**
     * The answer to a line {@link BoundedLines} refused, as {@code plan --batch} words it: a {@code bad-input} error
     * at {@code /} saying why, without the line's content; a line that ends the input says that {@code what} (the
     * batch, a file) stops there. A line over the limit because of one long string (its
     * {@link BoundedLines.Refusal#pointer()}) is refused as a case file over the limit is
     * ({@link CaseReader#tooLarge(String)}): at that string's pointer with its field's own limit, or at the object
     * holding it under an unknown key, never the key nor the value. For other runtimes that read lines with
     * {@link #lines} (the Beam pipeline).
     *
     * @param line         a refused line ({@link BoundedLines.Line#refusal()} not null)
     * @param maxLineBytes the limit the lines were read with
     * @param what         what stops at a line that ends the input, e.g. {@code "the batch"}
     * @return its error object and failure, {@link LineResult#stops()} as the refusal's
     */
    public static LineResult refusedLine(BoundedLines.Line line, int maxLineBytes, String what) {
        BoundedLines.Refusal r = line.refusal();
        // "" is a line that is one long string: the line is too long as a whole, said with its length
        String longString = r.pointer() == null || r.pointer().isEmpty() ? null
                : CaseReader.tooLarge(r.pointer()).getMessage();
        // the limit as a reader says it: "1 MiB" (the batch's, one case), else in bytes
        String limit = maxLineBytes % (1 << 20) == 0 ? (maxLineBytes >> 20) + " MiB" : maxLineBytes + " bytes";
        String why = switch (r.why()) {
            // the whole line, at /: its length only, never its content (users' trial: say "longer than 1 MiB")
            case TOO_LONG -> longString != null ? longString
                    : "/: " + LONGER_THAN + limit + ", the most one line may hold (" + r.at() + " bytes): not read";
            case NOT_UTF8 -> "/: not UTF-8 (bad byte at byte " + r.at() + " of the line)";
            case NUL -> "/: a NUL byte at byte " + r.at() + " of the line: not NDJSON text (binary data, or UTF-16"
                    + " rather than UTF-8)";
            case NO_END -> longString != null
                    ? longString + "; the line has no end of line in its first " + r.at() + " bytes"
                    : "/: " + LONGER_THAN + limit + ", the most one line may hold, with no end of line in its first "
                            + r.at() + " bytes: not NDJSON";
            // one hint for the whole document rather than an error for each of its lines (fresh-user trial: 27)
            case MULTI_LINE_OBJECT -> "/: this line opens a JSON object that goes on over the next lines: the input"
                    + " looks like a pretty-printed JSON document, and a batch needs one case per line (NDJSON);"
                    + " jq -c . FILE writes each case on one line, or careweave plan FILE plans a single case file";
            case MULTI_LINE_ARRAY -> "/: this line opens a JSON array that goes on over the next lines: the input"
                    + " looks like a pretty-printed JSON document, and a batch needs one case per line (NDJSON);"
                    + " jq -c '.[]' FILE writes each case of an array on a line of its own";
        };
        if (r.stops()) {
            why += "; " + what + " stops here, nothing after it is read";
        }
        Failure failure = new Failure(Failure.Kind.BAD_INPUT, why);
        return new LineResult(line.number(), errorLine(line.number(), failure), failure, r.stops());
    }

    private Outcome plan(Indexed<Case> c) {
        try {
            return new Outcome(c.number(), c.value().caseId(), planner.plan(c.value()), null);
        } catch (InputException e) {
            // A case built in Java is validated against the rules' vocabularies as it is planned: bad input, not
            // a rules failure.
            return new Outcome(c.number(), c.value().caseId(), null,
                    new Failure(Failure.Kind.BAD_INPUT, e.getMessage()));
        } catch (PlanningException e) {
            return new Outcome(c.number(), c.value().caseId(), null,
                    new Failure(Failure.Kind.RULES_FAILED, e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome(c.number(), c.value().caseId(), null, new Failure(Failure.Kind.RULES_FAILED,
                    "internal error (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private LineResult planLine(Indexed<String> line, boolean trace) {
        return planLine(planner, line.number(), line.value(), trace);
    }

    /**
     * Plans one NDJSON line on the calling thread, exactly as {@code plan --batch} does for each line: the plan as
     * one line of JSON, or for a line that fails an error object and its {@link Failure}. For other runtimes that
     * bring their own parallelism (the Beam pipeline under {@code src/beam}), so they answer lines as the CLI does.
     *
     * @param line the 1-based line number to report in an error object
     * @param json one case as JSON (the contract), read against the planner's own vocabulary tables
     * @return never throws: any failure of this line (bad input, rules that cannot plan, a defect) is its result
     */
    public static LineResult planLine(Planner planner, long line, String json, boolean trace) {
        Failure failure;
        if (json.startsWith(ByteOrderMark.MARK)) {
            // the parser would say "not JSON here" at column 1; a mark a file may begin with, begun a line with
            failure = new Failure(Failure.Kind.BAD_INPUT, "/: the line starts with a byte-order mark (U+FEFF), which"
                    + " only the first line of a file may (were files joined, one of them saved with a byte-order"
                    + " mark?)");
            return new LineResult(line, errorLine(line, failure), failure);
        }
        try {
            Case c = CaseReader.read(json, planner.rules().vocabulary());
            CarePlan plan = planner.plan(c, trace);
            return new LineResult(line, PlanWriter.jsonLine(plan), null);
        } catch (InputException e) {
            failure = new Failure(Failure.Kind.BAD_INPUT, e.getMessage());
        } catch (PlanningException e) {
            failure = new Failure(Failure.Kind.RULES_FAILED, "the rules could not make a plan: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // Anything else is a defect, but it is this line's defect: the rest of the batch is still planned.
            // The exception's message is not repeated: it may quote the case's values.
            failure = new Failure(Failure.Kind.RULES_FAILED, "the rules could not make a plan: internal error ("
                    + e.getClass().getSimpleName() + ")");
        }
        return new LineResult(line, errorLine(line, failure), failure);
    }

    /** {@code {"line":17,"kind":"bad-input","error":"/findings/0/level: must be <= 6"}} */
    static String errorLine(long line, Failure failure) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("line", line);
        node.put("kind", failure.kind().label());
        node.put("error", failure.message());
        return node.toString();
    }

    /** Stops the workers; work still in flight is abandoned. */
    @Override
    public void close() {
        pool.shutdownNow();
    }

    private static <T> Stream<T> stream(Iterator<T> it) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it,
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    record Indexed<T>(long number, T value) {}

    private static <T> Iterator<Indexed<T>> indexed(Iterator<T> it) {
        return new Iterator<>() {
            long n;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public Indexed<T> next() {
                return new Indexed<>(n++, it.next());
            }
        };
    }

    /** Numbers lines from 1 and skips blank ones. */
    private static Iterator<Indexed<String>> nonBlank(Iterator<String> it) {
        return new Iterator<>() {
            long n;
            Indexed<String> next;

            @Override
            public boolean hasNext() {
                while (next == null && it.hasNext()) {
                    String line = it.next();
                    n++;
                    if (!line.isBlank()) {
                        next = new Indexed<>(n, line);
                    }
                }
                return next != null;
            }

            @Override
            public Indexed<String> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                Indexed<String> out = next;
                next = null;
                return out;
            }
        };
    }

    private static final class Workers implements ThreadFactory {
        private static final AtomicInteger POOLS = new AtomicInteger();
        private final int pool = POOLS.incrementAndGet();
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "careweave-batch-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
