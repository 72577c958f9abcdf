package org.careweave.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.careweave.internal.engine.EngineVariants.Variant;
import org.careweave.internal.engine.EngineVariants;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.runtime.ExecutionResults;
import org.kie.internal.command.CommandFactory;

/**
 * CPU time per operation (thread CPU time, not wall time), for comparisons on a shared machine where other
 * processes make JMH's wall-clock throughput swing. Each task is interleaved round-robin, so a busy period
 * hits every task alike; the median of the rounds is reported. {@code BenchMain cpu [rounds]}.
 */
final class CpuTime {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private CpuTime() {}

    static String run(int rounds) {
        return run(rounds, null);
    }

    /**
     * As {@link #run(int)}, with {@code baselineRules} (a rules folder, e.g. a checkout of an earlier commit's
     * {@code rules/}) planned in the same rounds as "baseline rules" rows, for a before/after of a rule change in
     * one run; its plans must equal the bundled rules' (checked before measuring).
     */
    static String run(int rounds, String baselineRules) {
        StringBuilder out = new StringBuilder();
        Planner planner = Planner.bundled();
        Planner baseline = baselineRules == null ? null : Planner.fromDirectory(java.nio.file.Path.of(baselineRules));
        for (String workload : List.of("examples", "mix")) {
            List<Workloads.Input> inputs = Workloads.load(workload, planner);
            String[] json = inputs.stream().map(Workloads.Input::json).toArray(String[]::new);
            Case[] cases = inputs.stream().map(i -> CaseReader.read(i.json())).toArray(Case[]::new);
            CarePlan[] plans = Arrays.stream(cases).map(planner::plan).toArray(CarePlan[]::new);
            KieBase kieBase = planner.rules().kieBase();
            List<Object> tables = planner.rules().sessionTableFacts();
            int n = cases.length;

            // The engine takes its sessions from a pool per RuleSet (reset and reused); these floors do the same.
            org.kie.api.runtime.KieSessionsPool pool = kieBase.newKieSessionsPool(1);
            Map<String, IntFunction<Object>> tasks = new LinkedHashMap<>();
            tasks.put("planJson (careweave, end to end)",
                    i -> PlanWriter.jsonLine(planner.plan(CaseReader.read(json[i % n]))));
            tasks.put("plan", i -> planner.plan(cases[i % n]));
            tasks.put("floor: empty session", i -> kieBase.newStatelessKieSession().execute(
                    CommandFactory.newBatchExecution(List.<Command<?>>of(CommandFactory.newFireAllRules()))));
            tasks.put("floor: empty pooled session", i -> pool.newStatelessKieSession().execute(
                    CommandFactory.newBatchExecution(List.<Command<?>>of(CommandFactory.newFireAllRules()))));
            tasks.put("floor: JSON read + write", i -> {
                Case c = CaseReader.read(json[i % n]);
                return c.caseId().isEmpty() ? "" : PlanWriter.jsonLine(plans[i % n]);
            });
            tasks.put("tables-only session", i -> kieBase.newStatelessKieSession().execute(
                    CommandFactory.newBatchExecution(List.<Command<?>>of(CommandFactory.newInsertElements(tables),
                            CommandFactory.newFireAllRules()))));
            tasks.put("tables-only pooled session", i -> pool.newStatelessKieSession().execute(
                    CommandFactory.newBatchExecution(List.<Command<?>>of(CommandFactory.newInsertElements(tables),
                            CommandFactory.newFireAllRules()))));
            for (Variant v : List.of(Variant.POOLED_STATELESS, Variant.ALL_TABLE_ROWS)) {
                RuleSet rs;
                try {
                    rs = EngineVariants.ruleSetFor(planner.rules(), v);
                    for (Case c : cases) {
                        EngineVariants.plan(rs, c, v, 20_000);
                    }
                } catch (RuntimeException e) {
                    // e.g. the executable model cannot compile some DRL the classic build accepts
                    String why = String.valueOf(e.getMessage());
                    out.append(String.format("%nvariant %s skipped on %s: %s%n", v, workload,
                            why.substring(0, Math.min(240, why.length())).replaceAll("\\s+", " ")));
                    continue;
                }
                RuleSet variantRules = rs;
                tasks.put("variant " + v, i -> EngineVariants.plan(variantRules, cases[i % n], v, 20_000));
            }

            if (baseline != null) {
                // -Dcpu.baselineMayDiffer=true: a release whose rules change plans on purpose (clinical fixes) is timed
                // against the previous rules all the same; the run says on how many cases the plans differ
                boolean mayDiffer = Boolean.getBoolean("cpu.baselineMayDiffer");
                int differ = 0;
                for (int i = 0; i < n; i++) {
                    String a = PlanWriter.jsonLine(plans[i]);
                    String b = PlanWriter.jsonLine(baseline.plan(cases[i]));
                    // the plans' "rules" member names each rule set (origin, version); the rest must be equal
                    String rulesMember = "\"rules\":\\{[^}]*\\}";
                    if (!a.replaceAll(rulesMember, "").equals(b.replaceAll(rulesMember, ""))) {
                        if (!mayDiffer) {
                            throw new IllegalStateException("baseline rules plan " + workload + " case " + i
                                    + " differently:\n" + a + "\n" + b);
                        }
                        differ++;
                    }
                }
                if (mayDiffer) {
                    out.append(String.format(Locale.ROOT, "%nbaseline rules plan %d of %d %s cases differently%n",
                            differ, n, workload));
                }
                tasks.put("baseline rules: planJson", i -> PlanWriter.jsonLine(baseline.plan(CaseReader.read(json[i % n]))));
                tasks.put("baseline rules: plan", i -> baseline.plan(cases[i % n]));
            }
            Map<String, Stats> stats = interleaved(tasks, rounds, 1_000_000_000L);
            out.append(String.format(Locale.ROOT, "%n#### CPU µs per op, workload %s (%d cases), median of %d rounds%n%n",
                    workload, n, rounds));
            out.append("| task | CPU µs/op (median) | min | max | ops/s per core | KB allocated/op |\n|---|---:|---:|---:|---:|---:|\n");
            for (var e : stats.entrySet()) {
                Stats t = e.getValue();
                out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %,.0f | %.1f |%n", e.getKey(),
                        t.median(), t.min(), t.max(), 1e6 / t.median(), t.kb()));
            }
            double floor = stats.get("floor: empty session").median() + stats.get("floor: JSON read + write").median();
            out.append(String.format(Locale.ROOT, "%nRatio to the floor (planJson / (empty session + JSON)): %.2fx%n",
                    stats.get("planJson (careweave, end to end)").median() / floor));
        }
        return out.toString();
    }

    /**
     * A/B of rule folders on the same workloads, interleaved round-robin in one JVM: CPU µs and KB allocated per
     * plan for each, and how many plans differ from A's (a kept speed change must have none). {@code BenchMain ab
     * DIR_A DIR_B [DIR_C ...] [rounds]}; e.g. A a {@code git worktree} of main's {@code rules/}, B the changed
     * folder, or several ablations (copies with one rule cut out) measured against the same A in one run.
     */
    static String ab(java.nio.file.Path dirA, java.nio.file.Path dirB, int rounds) {
        return ab(List.of(dirA, dirB), rounds);
    }

    static String ab(List<java.nio.file.Path> dirs, int rounds) {
        StringBuilder out = new StringBuilder();
        List<Planner> planners = dirs.stream().map(Planner::fromDirectory).toList();
        Planner a = planners.get(0);
        // -Dab.caseFactsOnly=true,false: each planner's clean-up deletes only the case's facts (before the
        // twenty-first session) or every fact of the plan newest first (the default), in the order of the folders
        String[] caseOnly = System.getProperty("ab.caseFactsOnly", "").split(",");
        for (int k = 0; k < caseOnly.length && k < planners.size(); k++) {
            if (!caseOnly[k].isBlank()) {
                org.careweave.internal.engine.CleanUpProbe.caseFactsOnly(planners.get(k), Boolean.parseBoolean(caseOnly[k].trim()));
            }
        }
        // -Dab.reloadAbove=300,100000: each planner's TableSessions threshold, in the order of the folders (the same
        // folder may be given twice): an A/B of the clean-up path in one JVM (speed6)
        String[] thresholds = System.getProperty("ab.reloadAbove", "").split(",");
        for (int k = 0; k < thresholds.length && k < planners.size(); k++) {
            if (!thresholds[k].isBlank()) {
                org.careweave.internal.engine.CleanUpProbe.reloadAbove(planners.get(k), Integer.parseInt(thresholds[k].trim()));
            }
        }
        // -Dab.workloads=mix: one workload only, for a shorter run on a busy box
        for (String workload : System.getProperty("ab.workloads", "examples,mix").split(",")) {
            List<Workloads.Input> inputs = Workloads.load(workload, a);
            Case[] cases = inputs.stream().map(i -> CaseReader.read(i.json())).toArray(Case[]::new);
            int n = cases.length;
            Map<String, IntFunction<Object>> tasks = new LinkedHashMap<>();
            Map<String, Integer> differ = new LinkedHashMap<>();
            for (int k = 0; k < planners.size(); k++) {
                Planner p = planners.get(k);
                String name = (char) ('A' + k) + " " + dirs.get(k);
                int d = 0;
                for (Case c : cases) {
                    // the plans name their rule set's version hash, which differs by construction; a case the
                    // other rules cannot plan (an ablation) counts as differing
                    String pa = PlanWriter.jsonLine(a.plan(c)).replace(a.rules().version(), "");
                    String pb;
                    try {
                        pb = PlanWriter.jsonLine(p.plan(c)).replace(p.rules().version(), "");
                    } catch (RuntimeException e) {
                        pb = "failed";
                    }
                    if (!pa.equals(pb)) {
                        d++;
                    }
                }
                differ.put(name, d);
                tasks.put(name, i -> {
                    try {
                        return p.plan(cases[i % n]);
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
            }
            out.append(String.format(Locale.ROOT, "%n#### A/B plan, workload %s (%d cases), median of %d rounds;"
                    + " plans that differ from A's: %s%n%n| rules | CPU µs/plan (median) | min | max | KB/plan |%n"
                    + "|---|---:|---:|---:|---:|%n", workload, n, rounds,
                    differ.values().stream().skip(1).map(String::valueOf).toList()));
            out.append(rows(interleaved(tasks, rounds, 1_000_000_000L, n)));
            for (int k = 0; k < planners.size(); k++) {
                out.append(String.format(Locale.ROOT, "%s: %d reloads so far%n", (char) ('A' + k),
                        org.careweave.internal.engine.CleanUpProbe.reloads(planners.get(k))));
            }
        }
        return out.toString();
    }

    /** One task's figures: CPU µs per op over the rounds (median, min, max) and KB allocated per op. */
    record Stats(double median, double min, double max, double kb) {}

    /**
     * Each task's CPU time over {@code rounds} rounds after two warm-up rounds of {@code warmupNanos}, tasks
     * interleaved round-robin so that a busy period hits every task alike, and its allocation, measured once every
     * task is warm.
     */
    static Map<String, Stats> interleaved(Map<String, IntFunction<Object>> tasks, int rounds, long warmupNanos) {
        return interleaved(tasks, rounds, warmupNanos, 0);
    }

    /**
     * As {@link #interleaved(Map, int, long)}; with {@code cycle} > 0 (the number of cases a task cycles through)
     * allocation is measured over four whole cycles instead of 2,000 ops, which is as exact and much shorter on
     * the heavy mix.
     */
    static Map<String, Stats> interleaved(Map<String, IntFunction<Object>> tasks, int rounds, long warmupNanos,
            int cycle) {
        Map<String, Double> kb = new LinkedHashMap<>();
        Map<String, List<Double>> micros = new LinkedHashMap<>();
        tasks.keySet().forEach(k -> micros.put(k, new ArrayList<>()));
        for (int round = -2; round < rounds; round++) {
            if (round == 0) {
                // after the warm-up of every task: measured first, a task read ~1.7% more on the examples in an
                // A/A run (RESULTS.md, seventh session), before the JIT's escape analysis had settled
                tasks.forEach((k, t) -> kb.put(k, allocatedKb(t, cycle > 0 ? 4 * cycle : 2_000)));
            }
            for (var t : tasks.entrySet()) {
                double us = measure(t.getValue(), round < 0 ? warmupNanos : 300_000_000L);
                if (round >= 0) {
                    micros.get(t.getKey()).add(us);
                }
            }
        }
        Map<String, Stats> out = new LinkedHashMap<>();
        micros.forEach((k, v) -> {
            List<Double> sorted = new ArrayList<>(v);
            sorted.sort(null);
            out.put(k, new Stats(sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1),
                    kb.get(k)));
        });
        return out;
    }

    /** Markdown rows {@code | task | median | min | max | KB |} of {@link #interleaved}'s figures. */
    static String rows(Map<String, Stats> stats) {
        StringBuilder out = new StringBuilder();
        stats.forEach((k, t) -> out.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f |%n", k,
                t.median(), t.min(), t.max(), t.kb())));
        return out.toString();
    }

    /** Runs the task for about {@code cpuNanos} of this thread's CPU time; returns CPU µs per op. */
    private static double measure(IntFunction<Object> task, long cpuNanos) {
        long start = MX.getCurrentThreadCpuTime();
        long ops = 0;
        Object sink = null;
        long now;
        do {
            for (int k = 0; k < 16; k++) {
                sink = task.apply((int) (ops++ & 0x7fffffff));
            }
            now = MX.getCurrentThreadCpuTime();
        } while (now - start < cpuNanos);
        if (sink == BLACKHOLE) {
            System.out.print("");
        }
        return (now - start) / 1000.0 / ops;
    }

    /** Bytes this thread allocates per op (exact, HotSpot's per-thread counter), over {@code ops} ops, in KB. */
    private static double allocatedKb(IntFunction<Object> task, int ops) {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) MX;
        long id = Thread.currentThread().getId();
        Object sink = null;
        for (int i = 0; i < 200; i++) {
            sink = task.apply(i);
        }
        long before = mx.getThreadAllocatedBytes(id);
        for (int i = 0; i < ops; i++) {
            sink = task.apply(i);
        }
        long bytes = mx.getThreadAllocatedBytes(id) - before;
        if (sink == BLACKHOLE) {
            System.out.print("");
        }
        return bytes / 1024.0 / ops;
    }

    private static final Object BLACKHOLE = new Object();
}
