package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.careweave.fact.Derived;
import org.careweave.fact.Explained;
import org.careweave.fact.Sourced;
import org.careweave.plan.Reason;

/**
 * What one session concluded, read back through the engine's queries, with the provenance of each fact: the
 * rule that inserted it and that rule's {@code @source}.
 */
public final class Conclusions {

    private final Map<String, List<Object>> byType;
    private final DecisionRecorder recorder;
    private final RuleSet ruleSet;

    Conclusions(Map<String, List<Object>> byType, DecisionRecorder recorder, RuleSet ruleSet) {
        this.byType = byType;
        this.recorder = recorder;
        this.ruleSet = ruleSet;
    }

    /** Every conclusion of a type, in no particular order (callers sort). */
    public <T> List<T> all(Class<T> type) {
        List<Object> found = byType.get(type.getSimpleName());
        if (found == null) {
            throw new IllegalStateException("no query reads " + type.getSimpleName() + " (engine queries.drl)");
        }
        List<T> out = new ArrayList<>(found.size());
        for (Object o : found) {
            out.add(type.cast(o));
        }
        return out;
    }

    /**
     * The reason for a conclusion: the rule that inserted it (or, for a {@link Derived} fact, the rule behind
     * its basis), with {@code because} and the rule's source (a {@link Sourced} conclusion: its table row's source).
     */
    public Reason reason(Object fact) {
        Object origin = fact;
        while (origin instanceof Derived d && d.basis() != null) {
            origin = d.basis();
        }
        return reason(fact, origin instanceof Explained e ? e.because() : null);
    }

    /** As {@link #reason(Object)}, with the sentence given by the caller. */
    public Reason reason(Object fact, String because) {
        Object origin = fact;
        while (origin instanceof Derived d && d.basis() != null) {
            origin = d.basis();
        }
        String rule = recorder.ruleThatInserted(origin);
        if (rule == null) {
            rule = recorder.ruleThatInserted(fact);
        }
        RuleSet.RuleInfo info = rule == null ? null : ruleSet.rule(rule);
        String source = origin instanceof Sourced s && s.source() != null && !s.source().isBlank() ? s.source()
                : info == null ? null : info.source();
        return new Reason(rule == null ? "(engine)" : rule, because, ruleSet.cite(source));
    }

    /** The rule that inserted a conclusion, or null. */
    public String ruleOf(Object fact) {
        return recorder.ruleThatInserted(fact);
    }

    /** The {@code @source} of a rule, or null. */
    public String sourceOf(String rule) {
        RuleSet.RuleInfo info = rule == null ? null : ruleSet.rule(rule);
        return info == null ? null : ruleSet.cite(info.source());
    }

    /** A table row's or rule's source as the plan cites it: articles by title ({@link RuleSet#cite}). */
    public String cite(String source) {
        return ruleSet.cite(source);
    }
}
