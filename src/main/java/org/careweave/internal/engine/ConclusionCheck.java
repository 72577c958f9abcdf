package org.careweave.internal.engine;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /** Which vocabulary a checked record component must keep to. */
    private enum Kind { DISCIPLINE, AREA, SEVERITY }

    /**
     * One checked record component: its name, its vocabulary and its accessor. The accessor is a small class
     * made once per component ({@code LambdaMetafactory}), which the JIT inlines like a direct call; both
     * {@code Method.invoke} (a module access check on every call) and a stored {@code MethodHandle} (not inlined)
     * were most of this check's CPU (src/bench/RESULTS.md, "Java side of a plan").
     */
    private record Checked(String name, Kind kind, Function<Object, String> accessor) {}

    /** The record components checked, per conclusion type (found once per class). */
    private static final ClassValue<Checked[]> CHECKED = new ClassValue<>() {
        @Override
        protected Checked[] computeValue(Class<?> type) {
            List<Checked> out = new ArrayList<>();
            if (type.isRecord()) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Kind kind = c.getType() != String.class ? null : switch (c.getName()) {
                        case "discipline" -> Kind.DISCIPLINE;
                        case "area" -> Kind.AREA;
                        case "severity" -> Kind.SEVERITY;
                        default -> null;
                    };
                    if (kind != null) {
                        out.add(new Checked(c.getName(), kind, accessor(c.getAccessor())));
                    }
                }
            }
            return out.toArray(Checked[]::new);
        }
    };

    @SuppressWarnings("unchecked")
    private static Function<Object, String> accessor(Method accessor) {
        MethodHandle handle;
        try {
            // this class's own lookup: the same access Method.invoke called from here had
            handle = MethodHandles.lookup().unreflect(accessor);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + accessor, e);
        }
        try {
            return (Function<Object, String>) LambdaMetafactory.metafactory(MethodHandles.lookup(), "apply",
                    MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class), handle,
                    MethodType.methodType(String.class, accessor.getDeclaringClass())).getTarget().invokeExact();
        } catch (Throwable notLinkable) {
            // e.g. a record this class's loader cannot name: call the handle itself (slower, same value)
            MethodHandle typed = handle.asType(MethodType.methodType(String.class, Object.class));
            return fact -> {
                try {
                    return (String) typed.invokeExact(fact);
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            };
        }
    }

    private ConclusionCheck() {}

    static void check(Map<String, List<Object>> byType, DecisionRecorder recorder, RuleSet ruleSet) {
        Set<String> areas = ruleSet.vocabulary().goalActivities();
        // Every fact a rule inserted, whether or not a query reads it back (a DomainOwner with "PT" before it
        // becomes a Lead, or one no Lead is made from): the first by message, so that the error is the same every run.
        RuntimeException first = null;
        for (Object fact : recorder.inserted()) {
            RuntimeException wrong = CHECKED.get(fact.getClass()).length == 0 ? null
                    : wrong(fact, recorder, ruleSet, areas);
            if (wrong != null && (first == null || wrong.getMessage().compareTo(first.getMessage()) < 0)) {
                first = wrong;
            }
        }
        // A conclusion read back that is wrong fails first, the first in the order read back. When no fact a rule
        // inserted was wrong, only those the engine inserted remain to be checked (each fact is checked once).
        for (List<Object> facts : byType.values()) {
            for (Object fact : facts) {
                if (first == null && recorder.ruleThatInserted(fact) != null) {
                    continue;
                }
                RuntimeException wrong = wrong(fact, recorder, ruleSet, areas);
                if (wrong != null) {
                    throw wrong;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The failure of a fact with a discipline, area or severity outside the vocabularies, else null. */
    private static RuntimeException wrong(Object fact, DecisionRecorder recorder, RuleSet ruleSet, Set<String> areas) {
        for (Checked m : CHECKED.get(fact.getClass())) {
            String value = m.accessor().apply(fact);
            if (value == null) {
                continue;
            }
            Set<String> allowed = switch (m.kind()) {
                case DISCIPLINE -> DISCIPLINES;
                case AREA -> areas;
                case SEVERITY -> SEVERITIES;
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
                String what = "concluded " + fact.getClass().getSimpleName() + " with " + m.name()
                        + " '" + value + "', which is not " + (m.kind() == Kind.AREA
                        ? "a row of tables/areas.csv"
                        : "one of " + String.join(", ", allowed.stream().sorted().toList()));
                return rule == null ? new PlanningException("the engine " + what)
                        : new RuleFailure(ruleSet, rule, what);
            }
        }
        return null;
    }
}
