package org.careweave.internal.engine;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.careweave.bench.Workloads;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Probe (issue 15, sixth-session speed6): per case, what bringing a table session back to its table-only state
 * costs after the plan, by strategy: reload (reset + reinsert rows), delete the case's facts in insertion order,
 * in reverse order, or delete every fact the plan added (case facts and conclusions), newest first (the engine's
 * clean-up since the twenty-first session). Allocation by
 * the thread's allocated bytes, CPU by thread CPU time; each strategy after a fresh plan of the same case.
 * {@code BenchMain cleanup DIR [examples|mix] [passes]}.
 */
public final class CleanUpProbe {

    private CleanUpProbe() {}

    static final String[] NAMES = {"reload", "delete case facts", "delete case facts, newest first",
            "delete all plan facts, newest first"};

    /** Collects the handles of every fact inserted while attached (case facts and conclusions). */
    static final class Inserted implements RuleRuntimeEventListener {
        final List<FactHandle> handles = new ArrayList<>();

        @Override
        public void objectInserted(ObjectInsertedEvent e) {
            handles.add(e.getFactHandle());
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent e) {}

        @Override
        public void objectDeleted(ObjectDeletedEvent e) {}
    }

    /** Makes a planner's clean-up delete only the case's facts (an A/B of clean-ups on the same rules in one JVM). */
    public static void caseFactsOnly(Planner planner, boolean on) {
        planner.rules().tableSessions().caseFactsOnly(on);
    }

    /** Sets a planner's {@code TableSessions} threshold (an A/B of thresholds on the same rules in one JVM). */
    public static void reloadAbove(Planner planner, int facts) {
        planner.rules().tableSessions().reloadAbove(facts);
    }

    /** How many plans so far reset and reloaded their session instead of deleting their facts. */
    public static long reloads(Planner planner) {
        return planner.rules().tableSessions().reloads();
    }

    public static String run(Path dir, String workload, int passes) {
        RuleSet rules = RuleSet.compile(RuleSource.fromDirectory(dir));
        Planner planner = Planner.fromDirectory(dir);
        List<Case> cases = new ArrayList<>();
        for (Workloads.Input in : Workloads.load(workload, planner)) {
            cases.add(CaseReader.read(in.json()));
        }
        var mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        TableSessions sessions = rules.tableSessions();
        TableSessions.TableSession ts = sessions.take();
        int n = cases.size();
        long[] left = new long[n];
        long[][] bytes = new long[NAMES.length][n];
        long[][] nanos = new long[NAMES.length][n];
        boolean[][] ok = new boolean[NAMES.length][n];
        long[] fired = new long[1];
        long[] created = new long[1];
        long[] firings = new long[NAMES.length];
        long[] matches = new long[NAMES.length];
        java.util.Map<String, Integer> firedBy = new java.util.TreeMap<>();
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < NAMES.length; k++) {
                    Inserted ins = new Inserted();
                    ts.session.addEventListener(ins);
                    ts.insert(CaseFacts.of(cases.get(i)));
                    ts.session.fireAllRules(1_000_000);
                    ts.session.removeEventListener(ins);
                    left[i] = ts.leftBeside();
                    org.kie.api.event.rule.DefaultAgendaEventListener count = new org.kie.api.event.rule.DefaultAgendaEventListener() {
                        @Override
                        public void afterMatchFired(org.kie.api.event.rule.AfterMatchFiredEvent e) {
                            fired[0]++;
                            firedBy.merge(e.getMatch().getRule().getName(), 1, Integer::sum);
                        }

                        @Override
                        public void matchCreated(org.kie.api.event.rule.MatchCreatedEvent e) {
                            created[0]++;
                        }
                    };
                    boolean counting = pass == 0 && k != 0;
                    if (counting) {
                        ts.session.addEventListener(count);
                    }
                    long b0 = mx.getThreadAllocatedBytes(tid);
                    long c0 = mx.getCurrentThreadCpuTime();
                    boolean good = switch (k) {
                        case 0 -> ts.reload();
                        case 1 -> {
                            // clean() deletes from the list's end: reversed, the case's facts go in insertion order
                            java.util.Collections.reverse(ts.caseHandles);
                            yield ts.clean(new ArrayList<>(ts.caseHandles));
                        }
                        case 2 -> ts.clean(new ArrayList<>(ts.caseHandles));
                        default -> ts.clean(ins.handles);
                    };
                    nanos[k][i] = mx.getCurrentThreadCpuTime() - c0;
                    bytes[k][i] = mx.getThreadAllocatedBytes(tid) - b0;
                    ok[k][i] = good;
                    if (counting) {
                        ts.session.removeEventListener(count);
                        firings[k] += fired[0];
                        matches[k] += created[0];
                        fired[0] = 0;
                        created[0] = 0;
                    }
                    if (!good) {
                        ts.reload();
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "workload %s, %d cases, pass %d of %d%n", workload, n, passes, passes));
        out.append("| facts left (min-max, median) | strategy | KB mean | KB median | KB max | CPU µs median | CPU µs mean | checks failed |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        long[] l = left.clone();
        java.util.Arrays.sort(l);
        for (int k = 0; k < NAMES.length; k++) {
            long[] b = bytes[k].clone();
            long[] c = nanos[k].clone();
            java.util.Arrays.sort(b);
            java.util.Arrays.sort(c);
            double bm = java.util.Arrays.stream(b).average().orElse(0);
            double cm = java.util.Arrays.stream(c).average().orElse(0);
            int failed = 0;
            for (boolean g : ok[k]) {
                failed += g ? 0 : 1;
            }
            out.append(String.format(Locale.ROOT, "| %d-%d, %d | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %d |%n",
                    l[0], l[n - 1], l[n / 2], NAMES[k], bm / 1024, b[n / 2] / 1024.0, b[n - 1] / 1024.0,
                    c[n / 2] / 1000.0, cm / 1000.0, failed));
        }
        for (int k = 1; k < NAMES.length; k++) {
            out.append(String.format(Locale.ROOT, "%s: firings during clean-up %.1f a plan, matches created %.1f a plan (first pass)%n",
                    NAMES[k], firings[k] / (double) n, matches[k] / (double) n));
        }
        // -Dcleanup.perCase=true: each case's facts left and each strategy's CPU µs and KB (last pass), to find
        // where deleting starts to cost more than reloading
        if (Boolean.getBoolean("cleanup.perCase")) {
            out.append("facts left");
            for (String name : NAMES) {
                out.append(" | ").append(name).append(" µs | KB");
            }
            out.append('\n');
            for (int i = 0; i < n; i++) {
                out.append(left[i]);
                for (int k = 0; k < NAMES.length; k++) {
                    out.append(String.format(Locale.ROOT, " | %.1f | %.1f", nanos[k][i] / 1000.0, bytes[k][i] / 1024.0));
                }
                out.append('\n');
            }
        }
        firedBy.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(12)
                .forEach(e -> out.append(e.getValue()).append("  ").append(e.getKey()).append('\n'));
        return out.toString();
    }
}
