package org.careweave.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careweave.internal.engine.EngineVariants.Variant;
import org.careweave.internal.engine.EngineVariants;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Engine options measured side by side before adopting any (see {@link EngineVariants}). Setup prints whether
 * each variant's plans are byte-identical to the baseline's; a variant that is not is reported and rejected.
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class VariantBench {

    @Param({"mix"})
    public String workload;

    @Param({"BASELINE", "QUERIES", "UNSYNCHRONIZED_SESSION", "GET_OBJECTS", "SEQUENTIAL",
            "EXEC_MODEL"})
    public String variant;

    private RuleSet ruleSet;
    private Variant v;
    private Case[] cases;
    private int next;

    @Setup
    public void setup() {
        Planner planner = Planner.bundled();
        v = Variant.valueOf(variant);
        try {
            ruleSet = EngineVariants.ruleSetFor(planner.rules(), v);
        } catch (RuntimeException e) {
            System.err.printf("VARIANT %s: cannot be built for these rules: %s%n", variant, e.getMessage());
            throw e;
        }
        cases = Workloads.load(workload, planner).stream().map(i -> CaseReader.read(i.json())).toArray(Case[]::new);
        int same = 0;
        String firstDiff = null;
        for (Case c : cases) {
            String expected = PlanWriter.jsonLine(planner.plan(c));
            String got;
            try {
                got = PlanWriter.jsonLine(EngineVariants.plan(ruleSet, c, v, Planner.DEFAULT_MAX_FIRINGS));
            } catch (RuntimeException e) {
                got = "failed: " + e.getMessage();
            }
            if (expected.equals(got)) {
                same++;
            } else if (firstDiff == null) {
                firstDiff = c.caseId() + "\n  baseline: " + expected + "\n  variant:  " + got;
            }
        }
        System.err.printf("VARIANT %s: %d of %d plans identical to the baseline%s%n", variant, same, cases.length,
                firstDiff == null ? "" : "; first difference: " + firstDiff);
    }

    @Benchmark
    public CarePlan plan() {
        Case c = cases[next];
        next = next + 1 == cases.length ? 0 : next + 1;
        try {
            return EngineVariants.plan(ruleSet, c, v, Planner.DEFAULT_MAX_FIRINGS);
        } catch (RuntimeException e) {
            return null; // a variant that cannot plan is already reported as not identical
        }
    }
}
