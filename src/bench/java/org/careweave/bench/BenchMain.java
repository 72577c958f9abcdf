package org.careweave.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.careweave.internal.batch.CaseGenerator;
import org.careweave.internal.engine.Planner;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Entry point of {@code mvn -Pbench test-compile exec:exec}. Arguments ({@code -Dbench.args="..."}):
 * <ul>
 *   <li>{@code quick} (default): memory, throughput with allocation per op, latency percentiles, cold start;
 *       CPU time per op with the engine variants; then a summary (also written to {@code target/bench-summary.md}).
 *       About 4 minutes on 2 cores with the rules of today.</li>
 *   <li>{@code memory}: retained heap of a Planner only.</li>
 *   <li>{@code cpu [rounds] [baselineRulesDir]}: CPU time per op of planning, the floor and the engine variants,
 *       interleaved; robust on a shared machine where wall-clock throughput swings. With a rules folder, its plans
 *       are timed in the same rounds (a before/after of a rule change).</li>
 *   <li>{@code tables [rounds] [K]}: the ways of reaching a table without inserting its rows per plan, on K
 *       rules joining AreaInfo ({@link TableLookupBench}).</li>
 *   <li>{@code ab DIR_A DIR_B [DIR_C ...] [rounds]}: rule folders on the same workloads, interleaved: CPU µs and
 *   KB per plan each, and how many plans differ from A's (a kept speed change must have none);
 *   {@code -Dab.workloads=mix} measures one workload only.</li>
 *   <li>{@code rules DIR [examples|mix] [DIR_B]}: per rule, over a workload planned in new sessions: firings,
 *   firings that inserted nothing (only a justification), facts inserted, activations created and cancelled;
 *   with a second folder, both side by side ({@link org.careweave.internal.engine.RuleProfile}).</li>
 *   <li>{@code net DIR [examples|mix]}: per rule and per rule file, the tuples one plan adds to the Drools
 *   network's node memories (left, right, blocked; in {@code not}/{@code exists} subnetworks), counted in a
 *   preloaded table session before its clean-up, and the activations each rule received
 *   ({@link org.careweave.internal.engine.NetProfile}); with {@code -Dnet.rule=NAME} also that rule's nodes one
 *   by one.</li>
 *   <li>{@code loop WORKLOAD WARM_S SECONDS}: plans end to end for a profiler (JFR) and prints the measured window;
 *   {@code jfr FILE START_MS END_MS PLANS}: that window's CPU and allocation by part ({@link JfrBreakdown}).</li>
 *   <li>{@code generate N FILE}: N generated realistic cases as NDJSON ({@code -} for stdout), for timing
 *       {@code plan --batch}.</li>
 *   <li>anything else: handed to JMH's own command line ({@code PlanBench -f 2 -wi 5 -i 10 -prof gc}).</li>
 * </ul>
 */
public final class BenchMain {

    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        String first = args.length == 0 ? "quick" : args[0];
        switch (first) {
            case "quick" -> quick(args.length > 1 ? args[1] : null);
            case "memory" -> System.out.println(memory());
            case "cpu" -> System.out.println(CpuTime.run(args.length > 1 ? Integer.parseInt(args[1]) : 7,
                    args.length > 2 ? args[2] : null));
            case "tables" -> System.out.println(TableLookupBench.run(args.length > 1 ? Integer.parseInt(args[1]) : 5,
                    args.length > 2 ? Integer.parseInt(args[2]) : 10));
            case "ab" -> {
                // ab DIR_A DIR_B [DIR_C ...] [rounds]
                boolean counted = args[args.length - 1].matches("\\d+");
                int last = counted ? args.length - 1 : args.length;
                List<Path> dirs = Arrays.stream(args, 1, last).map(Path::of).toList();
                System.out.println(CpuTime.ab(dirs, counted ? Integer.parseInt(args[args.length - 1]) : 7));
            }
            case "rules" -> System.out.println(org.careweave.internal.engine.RuleProfile.run(Path.of(args[1]),
                    args.length > 2 ? args[2] : "examples", args.length > 3 ? Path.of(args[3]) : null));
            case "net" -> System.out.println(org.careweave.internal.engine.NetProfile.run(Path.of(args[1]),
                    args.length > 2 ? args[2] : "examples"));
            case "cleanup" -> System.out.println(org.careweave.internal.engine.CleanUpProbe.run(Path.of(args[1]),
                    args.length > 2 ? args[2] : "mix", args.length > 3 ? Integer.parseInt(args[3]) : 3));
            case "generate" -> generate(Long.parseLong(args[1]), Path.of(args[2]));
            case "loop" -> JfrBreakdown.loop(args[1], Long.parseLong(args[2]), Long.parseLong(args[3]));
            case "jfr" -> System.out.println(JfrBreakdown.breakdown(Path.of(args[1]), Long.parseLong(args[2]),
                    Long.parseLong(args[3]), Long.parseLong(args[4])));
            default -> org.openjdk.jmh.Main.main(args);
        }
    }

    private static ChainedOptionsBuilder quickOptions() {
        return new OptionsBuilder()
                .forks(1)
                .warmupIterations(2).warmupTime(TimeValue.seconds(1))
                .measurementIterations(3).measurementTime(TimeValue.seconds(1))
                .threads(1)
                .jvmArgs("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true);
    }

    static void quick(String only) throws RunnerException, IOException {
        StringBuilder md = new StringBuilder();
        String mem = memory();
        md.append(mem).append('\n');
        System.out.println(mem);

        Collection<RunResult> throughput = new Runner(quickOptions()
                .include(PlanBench.class.getName() + "\\.")
                .mode(Mode.Throughput).timeUnit(TimeUnit.SECONDS)
                .addProfiler(GCProfiler.class)
                .build()).run();
        Collection<RunResult> latency = new Runner(quickOptions()
                .include(PlanBench.class.getName() + "\\.(plan|planJson)$")
                .mode(Mode.SampleTime).timeUnit(TimeUnit.MICROSECONDS)
                .build()).run();
        Collection<RunResult> cold = new Runner(new OptionsBuilder()
                .include(ColdStartBench.class.getName() + "\\.")
                .jvmArgs("-Xms1g", "-Xmx1g")
                .shouldFailOnError(true)
                .build()).run();

        md.append(summary(throughput, latency, cold));
        md.append("\n### CPU time per op (robust on a shared machine)\n");
        md.append(CpuTime.run(5));
        md.append("\n").append(ruleCounts()).append('\n');
        System.out.println();
        System.out.println(md);
        Path out = Path.of("target", "bench-summary.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString());
        System.out.println("(written to " + out + ")");
    }

    /** Throughput table, floor ratio, allocation, latency percentiles, cold start. */
    static String summary(Collection<RunResult> throughput, Collection<RunResult> latency,
            Collection<RunResult> cold) {
        StringBuilder s = new StringBuilder();
        Map<String, Map<String, double[]>> byWorkload = new TreeMap<>();
        for (RunResult r : throughput) {
            String method = method(r);
            String workload = r.getParams().getParam("workload");
            Result<?> primary = r.getPrimaryResult();
            Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
            if (alloc == null) {
                alloc = r.getSecondaryResults().get("·gc.alloc.rate.norm"); // JMH before 1.33
            }
            byWorkload.computeIfAbsent(workload, k -> new LinkedHashMap<>()).put(method, new double[] {
                    primary.getScore(), primary.getScoreError(), alloc == null ? Double.NaN : alloc.getScore()});
        }
        s.append("### Throughput, one thread (ops/s, ± 99.9% CI) and allocation per op\n\n");
        s.append("| workload | benchmark | ops/s | ± | µs/op | bytes/op |\n|---|---|---:|---:|---:|---:|\n");
        for (var w : byWorkload.entrySet()) {
            for (var m : w.getValue().entrySet()) {
                double[] v = m.getValue();
                s.append(String.format(Locale.ROOT, "| %s | %s | %,.0f | %,.0f | %.1f | %,.0f |%n", w.getKey(),
                        m.getKey(), v[0], v[1], 1e6 / v[0], v[2]));
            }
        }
        s.append("\n### careweave against the floor (time per op)\n\n");
        s.append("| workload | planJson µs | floor µs (empty session + JSON) | ratio | tables-only session µs |\n"
                + "|---|---:|---:|---:|---:|\n");
        for (var w : byWorkload.entrySet()) {
            Map<String, double[]> m = w.getValue();
            if (!m.containsKey("planJson") || !m.containsKey("floorEmptySession") || !m.containsKey("floorJson")) {
                continue;
            }
            double full = 1e6 / m.get("planJson")[0];
            double floor = 1e6 / m.get("floorEmptySession")[0] + 1e6 / m.get("floorJson")[0];
            double tables = m.containsKey("tablesOnlySession") ? 1e6 / m.get("tablesOnlySession")[0] : Double.NaN;
            s.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2fx | %.1f |%n", w.getKey(), full, floor,
                    full / floor, tables));
        }
        s.append("\n### Latency, one thread (SampleTime, µs)\n\n");
        s.append("| workload | benchmark | p50 | p90 | p99 | p99.9 | max |\n|---|---|---:|---:|---:|---:|---:|\n");
        List<RunResult> lat = new ArrayList<>(latency);
        lat.sort((a, b) -> (a.getParams().getParam("workload") + method(a))
                .compareTo(b.getParams().getParam("workload") + method(b)));
        for (RunResult r : lat) {
            var st = r.getPrimaryResult().getStatistics();
            s.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n",
                    r.getParams().getParam("workload"), method(r), st.getPercentile(50), st.getPercentile(90),
                    st.getPercentile(99), st.getPercentile(99.9), st.getMax()));
        }
        s.append("\n### Cold start: fresh JVM to a ready Planner (SingleShotTime, ms, one shot per fork)\n\n");
        s.append("| rules scale | mean ms | min | max | forks |\n|---|---:|---:|---:|---:|\n");
        List<RunResult> cs = new ArrayList<>(cold);
        cs.sort((a, b) -> Integer.compare(Integer.parseInt(a.getParams().getParam("scale")),
                Integer.parseInt(b.getParams().getParam("scale"))));
        for (RunResult r : cs) {
            var st = r.getPrimaryResult().getStatistics();
            s.append(String.format(Locale.ROOT, "| %sx | %.0f | %.0f | %.0f | %d |%n", r.getParams().getParam("scale"),
                    st.getMean(), st.getMin(), st.getMax(), st.getN()));
        }
        return s.toString();
    }

    private static String method(RunResult r) {
        String b = r.getParams().getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    /** Rules in the bundled set and in the scaled copies the cold-start benchmark builds. */
    static String ruleCounts() {
        StringBuilder s = new StringBuilder("Rules per scale: ");
        for (int scale : new int[] {1, 10, 100}) {
            Path dir = RuleCloner.cloneBundled(scale);
            try (var walk = Files.walk(dir)) {
                long rules = 0;
                for (Path p : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
                    rules += Files.readString(p).lines().filter(l -> l.strip().startsWith("rule ")).count();
                }
                s.append(scale).append("x = ").append(rules).append(" rules; ");
            } catch (IOException e) {
                s.append(scale).append("x = ?; ");
            } finally {
                RuleCloner.deleteTree(dir);
            }
        }
        return s.toString();
    }

    /**
     * Retained heap: used heap after full GCs before and after building planners, in this fresh JVM. The first
     * planner carries Drools' one-off static state; the second shows what each further planner (rule set) costs.
     */
    static String memory() {
        long before = usedAfterGc();
        Planner first = Planner.bundled();
        long afterFirst = usedAfterGc();
        Planner second = Planner.bundled();
        long afterSecond = usedAfterGc();
        String out = String.format(Locale.ROOT,
                "### Memory%n%nRetained heap of a Planner on the bundled rules (%d rules): first one %.1f MiB "
                        + "(includes Drools' static state), each further one %.1f MiB.%n",
                first.rules().rules().size(), (afterFirst - before) / 1048576.0, (afterSecond - afterFirst) / 1048576.0);
        java.lang.ref.Reference.reachabilityFence(first);
        java.lang.ref.Reference.reachabilityFence(second);
        return out;
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    static void generate(long n, Path file) throws IOException {
        CaseGenerator gen = CaseGenerator.realisticMix(1L);
        boolean stdout = file.toString().equals("-");
        try (BufferedWriter w = stdout
                ? new BufferedWriter(new java.io.OutputStreamWriter(new java.io.FileOutputStream(
                        java.io.FileDescriptor.out), StandardCharsets.UTF_8), 1 << 16)
                : Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long i = 0; i < n; i++) {
                w.write(gen.next("gen-" + i));
                w.write('\n');
            }
        }
        System.err.println("wrote " + n + " cases to " + (stdout ? "stdout" : file));
    }

    @SuppressWarnings("unused")
    private static String join(String[] a) {
        return String.join(" ", Arrays.asList(a));
    }
}
