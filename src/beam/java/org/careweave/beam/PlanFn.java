package org.careweave.beam;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.TupleTag;
import org.careweave.internal.batch.BatchPlanner;
import org.careweave.internal.batch.LineResult;
import org.careweave.internal.engine.Planner;
import org.careweave.plan.Failure;

/**
 * Plans each {@link NumberedLine} with the worker JVM's {@link SharedPlanner}: a plan goes to {@link #PLANS} as one
 * line of JSON, byte-identical to the line {@code plan --batch} writes for it; a line that fails goes to
 * {@link #FAILED} as {@code {"file":"cases.ndjson","line":17,"kind":"bad-input","error":"/findings/0/level: must
 * be <= 6"}}, the CLI's error object with the file name in front; so does a line refused as it was read
 * ({@link NumberedLine#error()}: too long, not UTF-8, a NUL byte). Error messages name a JSON pointer or a rule,
 * never the case's content.
 *
 * <p>A defect (any other exception) is not caught: the runner retries the bundle and fails the job, rather than
 * filing a bug as bad input. Counters {@code planned}, {@code bad-input} and {@code rules-failed} are reported
 * under this class's name.
 */
public final class PlanFn extends DoFn<NumberedLine, String> {

    /** Plans, one JSON line each. */
    public static final TupleTag<String> PLANS = new TupleTag<>() {};
    /** The dead letter: one error object per failed line. */
    public static final TupleTag<String> FAILED = new TupleTag<>() {};

    private final String rules;
    private final String rulesVersion;
    private final Counter planned = Metrics.counter(PlanFn.class, "planned");
    private final Counter badInput = Metrics.counter(PlanFn.class, Failure.Kind.BAD_INPUT.label());
    private final Counter rulesFailed = Metrics.counter(PlanFn.class, Failure.Kind.RULES_FAILED.label());
    private transient Planner planner;

    /**
     * @param rules        {@link SharedPlanner#BUNDLED} or a rules folder present on every worker
     * @param rulesVersion the rule-set version every plan must be made with ({@code RuleSet.version()}), or null
     *                     to accept whatever the location holds
     */
    public PlanFn(String rules, String rulesVersion) {
        this.rules = rules;
        this.rulesVersion = rulesVersion;
    }

    /** Takes the JVM's planner; fails the job at once if the rules do not compile or are not the pinned version. */
    @Setup
    public void setup() {
        planner = SharedPlanner.get(rules);
        String version = planner.rules().version();
        if (rulesVersion != null && !rulesVersion.equals(version)) {
            throw new IllegalStateException("rules version " + version + " at '" + rules
                    + "' is not the pinned version " + rulesVersion + ": mixed rule sets on the workers");
        }
    }

    @ProcessElement
    public void process(@Element NumberedLine in, MultiOutputReceiver out) {
        LineResult result = in.json() == null
                ? new LineResult(in.line(), null, new Failure(Failure.Kind.BAD_INPUT, in.error()))
                : BatchPlanner.planLine(planner, in.line(), in.json(), false);
        if (result.ok()) {
            planned.inc();
            out.get(PLANS).output(result.json());
            return;
        }
        (result.failure().kind() == Failure.Kind.BAD_INPUT ? badInput : rulesFailed).inc();
        out.get(FAILED).output(deadLetter(in.file(), result.line(), result.failure()));
    }

    /** The CLI's error object ({@code line}, {@code kind}, {@code error}) with {@code file} in front. */
    static String deadLetter(String file, long line, Failure failure) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("file", file);
        node.put("line", line);
        node.put("kind", failure.kind().label());
        node.put("error", failure.message());
        return node.toString();
    }
}
