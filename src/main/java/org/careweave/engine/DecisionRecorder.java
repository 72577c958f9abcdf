package org.careweave.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private final Map<Object, String> insertedBy = new IdentityHashMap<>();
    /** Facts rules inserted that are still in working memory, with their insertion order. */
    private final Map<Object, Integer> live = new IdentityHashMap<>();
    private final Map<String, Integer> firings = new TreeMap<>();
    private final List<Firing> log = new ArrayList<>();
    private int total;
    private int deleted;

    DecisionRecorder(boolean trace) {
        this.trace = trace;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        firings.merge(rule, 1, Integer::sum);
        total++;
        if (trace) {
            List<String> facts = new ArrayList<>();
            for (Object o : event.getMatch().getObjects()) {
                facts.add(String.valueOf(o));
            }
            log.add(new Firing(rule, facts));
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (event.getRule() != null) {
            insertedBy.put(event.getObject(), event.getRule().getName());
            live.put(event.getObject(), live.size() + deleted);
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Facts are records and are never modified; nothing to record.
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        // A retracted conclusion is not read back, so its provenance is never asked for; it leaves the live set.
        if (live.remove(event.getOldObject()) != null) {
            deleted++;
        }
    }

    /**
     * The facts rules inserted that are still in working memory at the end, in insertion order: exactly what a
     * query {@code $fact : Type()} per conclusion type would return, without running the queries.
     */
    List<Object> liveConclusions() {
        List<Map.Entry<Object, Integer>> entries = new ArrayList<>(live.entrySet());
        entries.sort(Map.Entry.comparingByValue());
        List<Object> out = new ArrayList<>(entries.size());
        for (Map.Entry<Object, Integer> e : entries) {
            out.add(e.getKey());
        }
        return out;
    }

    /** The rule that inserted {@code fact}, or null for a fact the engine inserted. */
    String ruleThatInserted(Object fact) {
        return insertedBy.get(fact);
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

    /** The rule that fired most: the likely culprit when the firing limit is reached. */
    String mostFired() {
        return firings.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("?");
    }

    record Firing(String rule, List<String> facts) {}
}
