package org.careweave.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.careweave.fact.AreaInfo;
import org.careweave.internal.engine.Planner;
import org.careweave.io.CaseReader;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Issue 15's two ways of reaching reference data without inserting it per plan, side by side on one mechanism:
 * {@code K} rules that each join a case's findings with their {@code AreaInfo} row (the most-joined table), on the
 * findings of the examples and the mix. {@code BenchMain tables [rounds] [K]}. Variants:
 * <ul>
 *   <li>join, rows inserted per plan (pooled session, as the engine does for traced plans);</li>
 *   <li>join, rows preloaded (a stateful session keeps them; the case's facts are deleted after the plan);</li>
 *   <li>(a) {@code AreaInfo( $label : label ) from areas.area( $area )}, an immutable map given as a global;</li>
 *   <li>(b) the table compiled into the rules: each rule generated once per row with the row's values as
 *       literals ({@code Finding( area == "walk-150-feet" )}), which Drools hashes in its alpha network.</li>
 * </ul>
 * Each variant must conclude the same facts; the bench says so before measuring.
 */
final class TableLookupBench {

    private TableLookupBench() {}

    /** The immutable index of option (a): one map per rule set, read by {@code from}. */
    public static final class AreaIndex {
        private final Map<String, AreaInfo> byArea = new HashMap<>();

        AreaIndex(List<AreaInfo> rows) {
            rows.forEach(r -> byArea.putIfAbsent(r.area(), r));
        }

        public AreaInfo area(String area) {
            return byArea.get(area);
        }
    }

    private static final String HEADER = "package bench;\nimport org.careweave.fact.*;\nimport org.careweave.model.*;\n";

    static String joinDrl(int k) {
        StringBuilder drl = new StringBuilder(HEADER);
        for (int i = 0; i < k; i++) {
            drl.append("rule \"r").append(i).append("\" when\n")
                    .append("  Finding( isDeficit(), $area : area, $region : region )\n")
                    .append("  AreaInfo( area == $area, $label : label )\n")
                    .append("then insertLogical( new Need( $area, $region, null, $label + \" ").append(i)
                    .append("\" ) ); end\n");
        }
        return drl.toString();
    }

    static String fromDrl(int k) {
        StringBuilder drl = new StringBuilder(HEADER).append("global ").append(AreaIndex.class.getCanonicalName())
                .append(" areas;\n");
        for (int i = 0; i < k; i++) {
            drl.append("rule \"r").append(i).append("\" when\n")
                    .append("  Finding( isDeficit(), $area : area, $region : region )\n")
                    .append("  AreaInfo( $label : label ) from areas.area( $area )\n")
                    .append("then insertLogical( new Need( $area, $region, null, $label + \" ").append(i)
                    .append("\" ) ); end\n");
        }
        return drl.toString();
    }

    static String compiledDrl(int k, List<AreaInfo> rows) {
        StringBuilder drl = new StringBuilder(HEADER);
        for (int i = 0; i < k; i++) {
            for (AreaInfo row : rows) {
                String q = "\"" + row.area() + "\"";
                drl.append("rule \"r").append(i).append(" [").append(row.area()).append("]\" when\n")
                        .append("  Finding( area == ").append(q).append(", isDeficit(), $region : region )\n")
                        .append("then insertLogical( new Need( ").append(q).append(", $region, null, \"")
                        .append(row.label().replace("\"", "\\\"")).append(" ").append(i).append("\" ) ); end\n");
            }
        }
        return drl.toString();
    }

    static KieBase build(String drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("org.careweave.bench", "tables-" + System.nanoTime(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/bench/r.drl", drl);
        KieBuilder b = ks.newKieBuilder(kfs).buildAll();
        List<Message> errors = b.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException(errors.toString());
        }
        KieBase kb = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return kb;
    }

    static String run(int rounds, int k) {
        StringBuilder out = new StringBuilder();
        Planner planner = Planner.bundled();
        List<AreaInfo> areas = planner.rules().tableFacts().stream().filter(AreaInfo.class::isInstance)
                .map(AreaInfo.class::cast).toList();
        AreaIndex index = new AreaIndex(areas);
        Map<String, Long> buildMs = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        KieBase join = build(joinDrl(k));
        buildMs.put("join", (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        KieBase from = build(fromDrl(k));
        buildMs.put("from", (System.nanoTime() - t0) / 1_000_000);
        t0 = System.nanoTime();
        KieBase compiled = build(compiledDrl(k, areas));
        buildMs.put("compiled (" + k * areas.size() + " rules)", (System.nanoTime() - t0) / 1_000_000);
        out.append(String.format(Locale.ROOT, "%n#### Table look-up mechanisms: %d rules joining AreaInfo (%d rows)%n%n"
                + "KieBase build ms (first build in a warm JVM, indicative): %s%n", k, areas.size(), buildMs));

        for (String workload : List.of("examples", "mix")) {
            List<List<Object>> cases = new ArrayList<>();
            for (Workloads.Input in : Workloads.load(workload, planner)) {
                cases.add(new ArrayList<>(CaseReader.read(in.json()).findings()));
            }
            int n = cases.size();
            KieSessionsPool joinPool = join.newKieSessionsPool(1);
            KieSessionsPool fromPool = from.newKieSessionsPool(1);
            KieSessionsPool compiledPool = compiled.newKieSessionsPool(1);
            KieSession preloaded = join.newKieSession();
            areas.forEach(preloaded::insert);
            preloaded.fireAllRules();

            Map<String, IntFunction<Object>> tasks = new LinkedHashMap<>();
            tasks.put("join, rows inserted per plan", i -> {
                KieSession s = joinPool.newKieSession();
                try {
                    areas.forEach(s::insert);
                    cases.get(i % n).forEach(s::insert);
                    s.fireAllRules();
                    return s.getFactCount();
                } finally {
                    s.dispose();
                }
            });
            tasks.put("join, rows preloaded (case facts deleted after)", i -> {
                List<FactHandle> hs = new ArrayList<>();
                cases.get(i % n).forEach(f -> hs.add(preloaded.insert(f)));
                preloaded.fireAllRules();
                long c = preloaded.getFactCount();
                hs.forEach(preloaded::delete);
                preloaded.fireAllRules();
                return c;
            });
            tasks.put("(a) from an immutable index (global)", i -> {
                KieSession s = fromPool.newKieSession();
                try {
                    s.setGlobal("areas", index);
                    cases.get(i % n).forEach(s::insert);
                    s.fireAllRules();
                    return s.getFactCount() + areas.size();
                } finally {
                    s.dispose();
                }
            });
            tasks.put("(b) rows compiled into rules", i -> {
                KieSession s = compiledPool.newKieSession();
                try {
                    cases.get(i % n).forEach(s::insert);
                    s.fireAllRules();
                    return s.getFactCount() + areas.size();
                } finally {
                    s.dispose();
                }
            });
            // Same conclusions (fact counts, tables included) from every variant, case by case.
            for (int i = 0; i < n; i++) {
                Object first = null;
                for (var t : tasks.entrySet()) {
                    Object c = t.getValue().apply(i);
                    if (first == null) {
                        first = c;
                    } else if (!first.equals(c)) {
                        throw new IllegalStateException(t.getKey() + " differs on case " + i + ": " + c + " vs " + first);
                    }
                }
            }
            Map<String, CpuTime.Stats> stats = CpuTime.interleaved(tasks, rounds, 500_000_000L);
            out.append(String.format(Locale.ROOT, "%nworkload %s (%d cases, findings only), median of %d rounds%n%n"
                    + "| variant | CPU µs/op (median) | min | max | KB allocated/op |%n|---|---:|---:|---:|---:|%n",
                    workload, n, rounds));
            out.append(CpuTime.rows(stats));
            preloaded.dispose();
        }
        return out.toString();
    }
}
