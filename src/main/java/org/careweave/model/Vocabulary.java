package org.careweave.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed vocabularies a case is checked against, as loaded from a rule set's tables under
 * {@code rules/tables/} ({@code areas.csv}, {@code conditions.csv}, {@code settings.csv}, {@code payers.csv},
 * {@code vocabulary.csv}). They define what input is valid, not what it means: what each value implies is the
 * rules' call. Get the one a planner's rules define from {@link org.careweave.CarePlanner#vocabulary()}, or build
 * one from named lists; immutable and thread-safe.
 *
 * <p>Each list has a name: {@link #SETTING}, {@link #PAYER_KIND}, {@link #CONDITION}, {@link #FINDING_AREA},
 * {@link #GG_AREA}, {@link #GOAL_ACTIVITY}, {@link #REGIONAL_AREA}, and the list names of {@code vocabulary.csv}
 * ({@code region}, {@code side}, {@code precaution}, ...). Values keep their table order.
 */
public final class Vocabulary {

    /**
     * The two disciplines. Not a table: the plan's shape (a decision for both, GP/GO) is built on exactly these,
     * and {@code disciplines.csv} may only describe them.
     */
    public static final List<String> DISCIPLINES = List.of("pt", "ot");

    /** Care settings ({@code settings.csv}), e.g. {@code outpatient}. */
    public static final String SETTING = "setting";
    /** Payer kinds ({@code payers.csv}), e.g. {@code medicare-part-b}. */
    public static final String PAYER_KIND = "payer-kind";
    /** Condition categories ({@code conditions.csv}), e.g. {@code joint-replacement}. */
    public static final String CONDITION = "condition";
    /** Areas a finding may name (areas.csv rows with input {@code finding}). */
    public static final String FINDING_AREA = "finding-area";
    /** Section GG items (areas.csv scale {@code gg}): they take a level 1-6 or a not-attempted code. */
    public static final String GG_AREA = "gg-area";
    /** Activities a patient goal may name: every area. */
    public static final String GOAL_ACTIVITY = "goal-activity";
    /** Areas whose findings may carry a region and side (areas.csv domain {@code body-function}). */
    public static final String REGIONAL_AREA = "regional-area";
    /**
     * The ranges of ICD-10-CM categories that exist ({@code icd10-cm-chapters.csv}), each {@code first-last}
     * ({@code A00-B99}; one category with a letter in third place is {@code C4A-C4A}): a condition code whose
     * category none holds is no ICD-10-CM code. Empty: codes are checked for their form only.
     */
    public static final String ICD10_CM_RANGE = "icd10-cm-range";
    /**
     * Prefix of the one-value lists that give each area's scale ({@code scale-of:pain} -> {@code nrs-0-10}),
     * from areas.csv; the case reader checks a score against the range the scale's name ends with.
     */
    public static final String SCALE_OF = "scale-of:";

    private final Map<String, List<String>> lists;
    private final Map<String, Set<String>> sets;

    /**
     * A vocabulary from named lists of values (copied).
     *
     * @param lists list name to its values, in table order
     */
    public Vocabulary(Map<String, List<String>> lists) {
        Map<String, List<String>> l = new LinkedHashMap<>();
        Map<String, Set<String>> s = new LinkedHashMap<>();
        lists.forEach((name, values) -> {
            l.put(name, List.copyOf(values));
            s.put(name, Collections.unmodifiableSet(new LinkedHashSet<>(values)));
        });
        this.lists = Collections.unmodifiableMap(l);
        this.sets = Collections.unmodifiableMap(s);
    }

    /**
     * The values of a list in table order; empty for a list this vocabulary does not have.
     *
     * @param list a list name, e.g. {@link #SETTING} or {@code precaution}
     * @return its values, unmodifiable
     */
    public Set<String> values(String list) {
        return sets.getOrDefault(list, Set.of());
    }

    /**
     * Whether {@code value} is in {@code list}.
     *
     * @param list  a list name
     * @param value a value
     * @return true when the list has the value
     */
    public boolean allows(String list, String value) {
        return values(list).contains(value);
    }

    /**
     * The names of every list.
     *
     * @return the list names, unmodifiable
     */
    public Set<String> lists() {
        return lists.keySet();
    }

    /**
     * The care settings.
     *
     * @return {@code values(SETTING)}
     */
    public Set<String> settings() {
        return values(SETTING);
    }

    /**
     * The payer kinds.
     *
     * @return {@code values(PAYER_KIND)}
     */
    public Set<String> payerKinds() {
        return values(PAYER_KIND);
    }

    /**
     * The condition categories.
     *
     * @return {@code values(CONDITION)}
     */
    public Set<String> conditionCategories() {
        return values(CONDITION);
    }

    /**
     * The areas a finding may name.
     *
     * @return {@code values(FINDING_AREA)}
     */
    public Set<String> findingAreas() {
        return values(FINDING_AREA);
    }

    /**
     * The Section GG items.
     *
     * @return {@code values(GG_AREA)}
     */
    public Set<String> ggAreas() {
        return values(GG_AREA);
    }

    /**
     * The activities a patient goal may name.
     *
     * @return {@code values(GOAL_ACTIVITY)}
     */
    public Set<String> goalActivities() {
        return values(GOAL_ACTIVITY);
    }

    /**
     * The areas whose findings may carry a region and side.
     *
     * @return {@code values(REGIONAL_AREA)}
     */
    public Set<String> regionalAreas() {
        return values(REGIONAL_AREA);
    }
}
