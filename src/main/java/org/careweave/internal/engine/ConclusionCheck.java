package org.careweave.internal.engine;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careweave.PlanningException;
import org.careweave.fact.Derived;
import org.careweave.model.Vocabulary;

/**
 * Checks what the rules concluded (every fact a rule inserted, read back by a query or not) against the
 * vocabularies before a plan is assembled: every {@code discipline}
 * is {@code pt} or {@code ot}, every {@code area} is a row of areas.csv, every alert severity is one of the
 * contract's. A rule that concludes {@code "PT"} (a typo the compiler cannot see: it is a string) fails the plan
 * with the rule's name and file instead of giving a plan with a lead nobody has.
 */
final class ConclusionCheck {

    /** The contract's alert severities. */
    static final Set<String> SEVERITIES = Set.of("info", "warning", "error");

    /** The contract's disciplines, as a set (built once: the check runs on every conclusion of every plan). */
    private static final Set<String> DISCIPLINES = Set.copyOf(Vocabulary.DISCIPLINES);

    /** Accessors of the record components checked, per conclusion type (found once per class). */
    private static final ClassValue<List<Method>> CHECKED = new ClassValue<>() {
        @Override
        protected List<Method> computeValue(Class<?> type) {
            List<Method> out = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    if (c.getType() == String.class && Set.of("discipline", "area", "severity").contains(c.getName())) {
                        out.add(c.getAccessor());
                    }
                }
            }
            return List.copyOf(out);
        }
    };

    private ConclusionCheck() {}

    static void check(Map<String, List<Object>> byType, DecisionRecorder recorder, RuleSet ruleSet) {
        for (List<Object> facts : byType.values()) {
            for (Object fact : facts) {
                RuntimeException wrong = wrong(fact, recorder, ruleSet);
                if (wrong != null) {
                    throw wrong;
                }
            }
        }
        // Every other fact a rule inserted, whether or not a query reads it back (a DomainOwner with "PT" before it
        // becomes a Lead, or one no Lead is made from): the first by message, so that the error is the same every run.
        RuntimeException first = null;
        for (Object fact : recorder.inserted()) {
            RuntimeException wrong = CHECKED.get(fact.getClass()).isEmpty() ? null : wrong(fact, recorder, ruleSet);
            if (wrong != null && (first == null || wrong.getMessage().compareTo(first.getMessage()) < 0)) {
                first = wrong;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The failure of a fact with a discipline, area or severity outside the vocabularies, else null. */
    private static RuntimeException wrong(Object fact, DecisionRecorder recorder, RuleSet ruleSet) {
        Vocabulary vocabulary = ruleSet.vocabulary();
        for (Method m : CHECKED.get(fact.getClass())) {
            String value;
            try {
                value = (String) m.invoke(fact);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (value == null) {
                continue;
            }
            Set<String> allowed = switch (m.getName()) {
                case "discipline" -> DISCIPLINES;
                case "area" -> vocabulary.goalActivities();
                default -> SEVERITIES;
            };
            if (!allowed.contains(value)) {
                // a derived conclusion (a Lead from a DomainOwner) blames the rule that wrote the value
                Object origin = fact;
                while (origin instanceof org.careweave.fact.Derived d && d.basis() != null) {
                    origin = d.basis();
                }
                String rule = recorder.ruleThatInserted(origin);
                if (rule == null) {
                    rule = recorder.ruleThatInserted(fact);
                }
                String what = "concluded " + fact.getClass().getSimpleName() + " with " + m.getName()
                        + " '" + value + "', which is not " + (m.getName().equals("area")
                        ? "a row of tables/areas.csv"
                        : "one of " + String.join(", ", allowed.stream().sorted().toList()));
                return rule == null ? new PlanningException("the engine " + what)
                        : new RuleFailure(ruleSet, rule, what);
            }
        }
        return null;
    }
}
