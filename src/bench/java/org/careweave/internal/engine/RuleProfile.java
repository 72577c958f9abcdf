package org.careweave.internal.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.careweave.bench.Workloads;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.MatchCancelledEvent;
import org.kie.api.event.rule.MatchCreatedEvent;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Per rule, over a workload each case planned in a new stateless session with a listener: firings, firings after
 * which no fact was inserted (the consequence only added a justification to an equal fact, or inserted nothing),
 * facts inserted, facts inserted and withdrawn again in the same plan, activations created and cancelled. Which
 * rules fire often, re-fire for one conclusion, churn (created then cancelled) or conclude what is withdrawn is where
 * rule design can cut a plan's cost. {@code BenchMain rules DIR [examples|mix]
 * [DIR_B]}: with a second folder the two profiles side by side (e.g. before and after a rewrite).
 */
public final class RuleProfile {

    private RuleProfile() {}

    /**
     * Counts per rule: firings, justification-only firings, inserts, activations created, cancelled, and facts it
     * inserted that truth maintenance withdrew later in the same plan (a stateless session deletes nothing itself).
     */
    static final class Counter extends DefaultAgendaEventListener implements RuleRuntimeEventListener {
        final Map<String, long[]> perRule = new TreeMap<>();
        // who first inserted each live fact: a withdrawal is charged to it (an equal insert later only justifies it)
        private final Map<org.kie.api.runtime.rule.FactHandle, String> insertedBy = new java.util.IdentityHashMap<>();
        final Map<String, long[]> perType = new TreeMap<>(); // inserted by rules, deleted (withdrawn)
        private long inserts;
        private long before;

        private long[] of(String rule) {
            return perRule.computeIfAbsent(rule, k -> new long[6]);
        }

        @Override
        public void beforeMatchFired(BeforeMatchFiredEvent e) {
            before = inserts;
        }

        @Override
        public void afterMatchFired(AfterMatchFiredEvent e) {
            long[] c = of(e.getMatch().getRule().getName());
            c[0]++;
            if (inserts == before) {
                c[1]++;
            }
        }

        @Override
        public void matchCreated(MatchCreatedEvent e) {
            of(e.getMatch().getRule().getName())[3]++;
        }

        @Override
        public void matchCancelled(MatchCancelledEvent e) {
            of(e.getMatch().getRule().getName())[4]++;
        }

        @Override
        public void objectInserted(ObjectInsertedEvent e) {
            if (e.getRule() != null) {
                inserts++;
                of(e.getRule().getName())[2]++;
                insertedBy.put(e.getFactHandle(), e.getRule().getName());
                perType.computeIfAbsent(e.getObject().getClass().getSimpleName(), k -> new long[2])[0]++;
            }
        }

        @Override
        public void objectUpdated(ObjectUpdatedEvent e) {}

        @Override
        public void objectDeleted(ObjectDeletedEvent e) {
            perType.computeIfAbsent(e.getOldObject().getClass().getSimpleName(), k -> new long[2])[1]++;
            String by = insertedBy.remove(e.getFactHandle());
            if (by != null) {
                of(by)[5]++;
            }
        }
    }

    /** The profile of {@code dir} (and of {@code dirB} beside it, if given) over {@code workload}, as Markdown. */
    public static String run(Path dir, String workload, Path dirB) {
        RuleSet a = RuleSet.compile(RuleSource.fromDirectory(dir));
        RuleSet b = dirB == null ? null : RuleSet.compile(RuleSource.fromDirectory(dirB));
        Planner planner = Planner.fromDirectory(dir);
        List<Case> cases = new ArrayList<>();
        for (Workloads.Input in : Workloads.load(workload, planner)) {
            cases.add(CaseReader.read(in.json()));
        }
        Counter ca = profile(a, cases);
        Counter cb = b == null ? null : profile(b, cases);
        StringBuilder out = new StringBuilder();
        int n = cases.size();
        out.append(String.format(Locale.ROOT, "#### Rules, workload %s (%d cases), %s%s%n%n", workload, n, dir,
                b == null ? "" : " (A) against " + dirB + " (B)"));
        out.append(totals("A", ca, n));
        if (cb != null) {
            out.append(totals("B", cb, n));
        }
        out.append(b == null
                ? "\n| firings | justification only | inserted | withdrawn | created | cancelled | rule |\n|---:|---:|---:|---:|---:|---:|---|\n"
                : "\n| firings A / B | justification only A / B | inserted A / B | withdrawn A / B | created A / B | cancelled A / B"
                        + " | rule |\n|---:|---:|---:|---:|---:|---:|---|\n");
        TreeSet<String> names = new TreeSet<>(ca.perRule.keySet());
        if (cb != null) {
            names.addAll(cb.perRule.keySet());
        }
        long[] zero = new long[6];
        names.stream()
                .sorted((x, y) -> Long.compare(weight(cb == null ? ca.perRule.getOrDefault(y, zero) : max(ca, cb, y)),
                        weight(cb == null ? ca.perRule.getOrDefault(x, zero) : max(ca, cb, x))))
                .forEach(rule -> {
                    long[] x = ca.perRule.getOrDefault(rule, zero);
                    if (cb == null) {
                        out.append(String.format(Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %s |%n", x[0], x[1], x[2],
                                x[5], x[3], x[4], rule));
                    } else {
                        long[] y = cb.perRule.getOrDefault(rule, zero);
                        out.append(String.format(Locale.ROOT, "| %d / %d | %d / %d | %d / %d | %d / %d | %d / %d | %d / %d | %s |%n",
                                x[0], y[0], x[1], y[1], x[2], y[2], x[5], y[5], x[3], y[3], x[4], y[4], rule));
                    }
                });
        out.append("\n| type | inserted by rules | deleted (withdrawn or case fact) |\n|---|---:|---:|\n");
        ca.perType.entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue()[0] + y.getValue()[1], x.getValue()[0] + x.getValue()[1]))
                .forEach(e -> out.append(String.format(Locale.ROOT, "| %s | %d | %d |%n", e.getKey(), e.getValue()[0],
                        e.getValue()[1])));
        return out.toString();
    }

    private static long[] max(Counter a, Counter b, String rule) {
        long[] x = a.perRule.getOrDefault(rule, new long[6]);
        long[] y = b.perRule.getOrDefault(rule, new long[6]);
        return weight(x) >= weight(y) ? x : y;
    }

    private static long weight(long[] c) {
        return c[0] + c[3];
    }

    private static String totals(String name, Counter c, int n) {
        long[] t = new long[6];
        c.perRule.values().forEach(v -> {
            for (int i = 0; i < 6; i++) {
                t[i] += v[i];
            }
        });
        return String.format(Locale.ROOT, "%s: firings %d (%.1f a plan), justification only %d, inserted %d, "
                + "withdrawn %d, activations created %d, cancelled %d; rules that fired %d%n", name, t[0],
                t[0] / (double) n, t[1], t[2], t[5], t[3], t[4], c.perRule.values().stream().filter(v -> v[0] > 0).count());
    }

    private static Counter profile(RuleSet rules, List<Case> cases) {
        Counter c = new Counter();
        for (Case k : cases) {
            StatelessKieSession s = rules.sessions().newStatelessKieSession(Engine.SESSION);
            s.addEventListener((AgendaEventListener) c);
            s.addEventListener((RuleRuntimeEventListener) c);
            Engine.run(rules, k, false, Planner.DEFAULT_MAX_FIRINGS, s);
        }
        return c;
    }
}
