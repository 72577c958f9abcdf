package org.careweave.beam;

import java.io.PrintStream;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.options.Validation;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Reshuffle;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.careweave.plan.Failure;

/**
 * careweave on Apache Beam: NDJSON cases in, plans and a dead letter out, on any Beam runner (DirectRunner on one
 * machine, Flink, Spark, Dataflow). The shape is {@code read numbered lines -> reshuffle -> plan -> write}: one
 * {@link SharedPlanner} per worker JVM, the runner's threads and workers in place of {@code BatchPlanner}'s.
 *
 * <pre>
 * --cases=cases/*.ndjson --plans=out/plans --failures=out/failed [--rules=bundled|DIR] [--rulesVersion=HASH]
 * [--reshuffle=false] [--shards=N] [--runner=DirectRunner|FlinkRunner|SparkRunner ...runner options]
 * </pre>
 *
 * <p>Output: files {@code <plans>-SSSSS-of-NNNNN.ndjson}, one plan per line, and the same for the dead letter
 * ({@link PlanFn}). Plans come out in no particular order: each carries its {@code caseId} and rules
 * {@code version}, and each equals, byte for byte, the line {@code careweave plan --batch} writes for the same
 * case, so {@code sort} makes the two comparable. Exit code from {@link #main}: 0 all planned, 2 some line was bad
 * input, 1 the rules failed on some line (as the CLI).
 */
public final class PlanPipeline {

    private PlanPipeline() {}

    /** The pipeline's options; every runner's own options may be passed alongside. */
    public interface Options extends PipelineOptions {
        @Description("NDJSON cases, one per line: a file or glob on any Beam file system; .gz files are gunzipped")
        @Validation.Required
        String getCases();

        void setCases(String value);

        @Description("Prefix of the plan files, e.g. out/plans -> out/plans-00000-of-00002.ndjson")
        @Validation.Required
        String getPlans();

        void setPlans(String value);

        @Description("Prefix of the dead-letter files (one error object per failed line)")
        @Validation.Required
        String getFailures();

        void setFailures(String value);

        @Description("'bundled' (the rules in the careweave jar) or a rules folder present on every worker")
        @Default.String(SharedPlanner.BUNDLED)
        String getRules();

        void setRules(String value);

        @Description("Fail at start-up unless the rules' version (RuleSet.version()) is this one")
        String getRulesVersion();

        void setRulesVersion(String value);

        @Description("Spread lines over all workers after reading (false: plan where each file is read, for many"
                + " input files)")
        @Default.Boolean(true)
        boolean getReshuffle();

        void setReshuffle(boolean value);

        @Description("Number of output files per output; 0 lets the runner decide")
        @Default.Integer(0)
        int getShards();

        void setShards(int value);
    }

    /** Adds read, plan and write to {@code pipeline}. */
    public static void build(Pipeline pipeline, Options options) {
        PCollection<NumberedLine> lines = pipeline.apply("Read cases", ReadNumberedLines.from(options.getCases()));
        if (options.getReshuffle()) {
            lines = lines.apply("Spread over workers", Reshuffle.viaRandomKey());
        }
        PCollectionTuple planned = plan(lines, options.getRules(), options.getRulesVersion());
        planned.get(PlanFn.PLANS).apply("Write plans", write(options.getPlans(), options.getShards()));
        planned.get(PlanFn.FAILED).apply("Write failures", write(options.getFailures(), options.getShards()));
    }

    /** Plans numbered lines: {@link PlanFn#PLANS} and {@link PlanFn#FAILED}, both UTF-8 JSON lines. */
    public static PCollectionTuple plan(PCollection<NumberedLine> lines, String rules, String rulesVersion) {
        return lines.apply("Plan", ParDo.of(new PlanFn(rules, rulesVersion))
                .withOutputTags(PlanFn.PLANS, TupleTagList.of(PlanFn.FAILED)));
    }

    private static TextIO.Write write(String prefix, int shards) {
        TextIO.Write write = TextIO.write().to(prefix).withSuffix(".ndjson");
        return shards > 0 ? write.withNumShards(shards) : write;
    }

    /** Runs the pipeline to the end and returns the exit code (0, 1 or 2 as the CLI); a summary goes to stderr. */
    public static int run(String[] args, PrintStream err) {
        PipelineOptionsFactory.register(Options.class);
        Options options = PipelineOptionsFactory.fromArgs(args).withValidation().as(Options.class);
        Pipeline pipeline = Pipeline.create(options);
        build(pipeline, options);
        PipelineResult result = pipeline.run();
        result.waitUntilFinish();
        long planned = counter(result, "planned");
        long badInput = counter(result, Failure.Kind.BAD_INPUT.label());
        long rulesFailed = counter(result, Failure.Kind.RULES_FAILED.label());
        err.printf("planned %d, failed %d (%d bad input, %d rules failed)%n", planned, badInput + rulesFailed,
                badInput, rulesFailed);
        return rulesFailed > 0 ? 1 : badInput > 0 ? 2 : 0;
    }

    private static long counter(PipelineResult result, String name) {
        MetricQueryResults metrics = result.metrics().queryMetrics(MetricsFilter.builder()
                .addNameFilter(MetricNameFilter.named(PlanFn.class, name)).build());
        long sum = 0;
        for (MetricResult<Long> c : metrics.getCounters()) {
            sum += c.getAttempted();
        }
        return sum;
    }

    public static void main(String[] args) {
        System.exit(run(args, System.err));
    }
}
