package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Listens to one session: which rule inserted each conclusion (so the plan can say why), how often each rule
 * fired (for the loop guard and rule coverage) and, when asked, every firing with its facts. One per plan; not
 * shared between threads.
 */
final class DecisionRecorder extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    private final boolean trace;
    /**
     * The rule that inserted each fact. Sized for an example plan (13-177 conclusions, median 40: a 1 KB table);
     * a plan with billing (300-600) grows it three times, cheaper than every plan allocating a 4 KB table
     * (src/bench/RESULTS.md, "Java side of a plan").
     */
    private final Map<Object, String> insertedBy = new IdentityHashMap<>(64);
    /** Firings per rule name; a hash map (rule names are long and share prefixes, so a tree compares slowly). */
    private final Map<String, Integer> firings = new HashMap<>();
    private final List<Firing> log = new ArrayList<>();
    /** The distinct classes of the facts inserted during the plan (case facts, table rows, conclusions). */
    private final List<Class<?>> insertedClasses = new ArrayList<>();
    /** See {@link #insertedHandles()}. */
    private final List<org.kie.api.runtime.rule.FactHandle> handles = new ArrayList<>(128);
    private Class<?> lastInserted;
    private int total;

    /** System.nanoTime() after which the session is halted; the rule that had just fired is kept in timedOut. */
    private final long deadline;
    private String timedOut;

    DecisionRecorder(boolean trace) {
        this(trace, Long.MAX_VALUE);
    }

    DecisionRecorder(boolean trace, long deadlineNanos) {
        this.trace = trace;
        this.deadline = deadlineNanos;
    }

    /** The rule that was running when the time limit passed, or null if the plan finished in time. */
    String timedOut() {
        return timedOut;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        // Checked after each firing (a clock read, a few ns): the rule whose firing ends past the deadline is
        // the one that was running when the time ran out. halt() stops the agenda before the next firing.
        if (deadline != Long.MAX_VALUE && timedOut == null && System.nanoTime() - deadline > 0) {
            timedOut = rule;
            event.getKieRuntime().halt();
        }
        firings.merge(rule, 1, Integer::sum);
        total++;
        if (trace) {
            List<String> facts = new ArrayList<>();
            for (Object o : event.getMatch().getObjects()) {
                // an accumulate with several functions matches its results as an Object[]: print them, not
                // the array's identity hash, so the same plan always gives the same trace
                facts.add(o instanceof Object[] results ? java.util.Arrays.deepToString(results) : String.valueOf(o));
            }
            log.add(new Firing(rule, facts));
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        handles.add(event.getFactHandle());
        Class<?> type = event.getObject().getClass();
        if (type != lastInserted) {
            lastInserted = type;
            if (!insertedClasses.contains(type)) {
                insertedClasses.add(type);
            }
        }
        if (event.getRule() != null) {
            insertedBy.put(event.getObject(), event.getRule().getName());
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are records and are never modified; nothing to record.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A retracted conclusion is not read back, so its provenance is never asked for.
    }

    /** The rule that inserted {@code fact}, or null for a fact the engine inserted. */
    String ruleThatInserted(Object fact) {
        return insertedBy.get(fact);
    }

    /** Every fact a rule inserted in this plan (retracted ones too), in no particular order. */
    java.util.Set<Object> inserted() {
        return insertedBy.keySet();
    }

    /**
     * The handle of every fact inserted while this recorder listened (the case's facts and what rules concluded,
     * withdrawn ones too), in insertion order: a preloaded session's clean-up deletes them newest first.
     */
    List<org.kie.api.runtime.rule.FactHandle> insertedHandles() {
        return handles;
    }

    /** The distinct classes of every fact inserted while this recorder listened, in first-insert order. */
    List<Class<?>> insertedClasses() {
        return insertedClasses;
    }

    Map<String, Integer> firings() {
        return firings;
    }

    int totalFirings() {
        return total;
    }

    List<Firing> log() {
        return log;
    }

    /** The rule that fired most (the first by name on a tie): the likely culprit when the firing limit is reached. */
    String mostFired() {
        String best = null;
        int most = 0;
        for (Map.Entry<String, Integer> e : firings.entrySet()) {
            int n = e.getValue();
            if (best == null || n > most || (n == most && e.getKey().compareTo(best) < 0)) {
                best = e.getKey();
                most = n;
            }
        }
        return best == null ? "?" : best;
    }

    record Firing(String rule, List<String> facts) {}
}
