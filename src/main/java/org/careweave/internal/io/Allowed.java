package org.careweave.internal.io;

import java.util.Collection;
import java.util.List;
import org.careweave.model.Vocabulary;

/**
 * How an input error says what a closed vocabulary allows, without repeating the value it refuses (a diagnosis or a
 * name typed into the wrong field must not come back on stderr or in a batch error line): the table the values come
 * from and a bounded list of them, e.g. {@code not a condition category in tables/conditions.csv (30 values, e.g.
 * joint-replacement, stroke, multiple-sclerosis, ...)}. Deterministic: the values in table order.
 */
public final class Allowed {

    /** A list of at most this many values is given whole; a longer one by its first {@link #EXAMPLES} and count. */
    static final int WHOLE = 6;
    /** How many values a longer list shows. */
    static final int EXAMPLES = 3;

    private Allowed() {}

    /** {@code not <what the list is> (<values>)} for a list of the vocabulary. */
    public static String notIn(String list, Collection<String> values) {
        return "not " + what(list) + " (" + values(values) + ")";
    }

    /** {@code 2 values: pt, ot}, or {@code 30 values, e.g. a, b, c, ...}: bounded whatever the table holds. */
    public static String values(Collection<String> values) {
        List<String> all = List.copyOf(values);
        if (all.size() <= WHOLE) {
            return all.size() + (all.size() == 1 ? " value: " : " values: ") + String.join(", ", all);
        }
        return all.size() + " values, e.g. " + String.join(", ", all.subList(0, EXAMPLES)) + ", ...";
    }

    /** What a value of {@code list} is and the table that lists them, e.g. {@code a setting in tables/settings.csv}. */
    static String what(String list) {
        return switch (list) {
            case Vocabulary.SETTING -> "a setting in tables/settings.csv";
            case Vocabulary.PAYER_KIND -> "a payer kind in tables/payers.csv";
            case Vocabulary.CONDITION -> "a condition category in tables/conditions.csv";
            case Vocabulary.FINDING_AREA -> "a finding area in tables/areas.csv";
            case Vocabulary.GOAL_ACTIVITY -> "an area in tables/areas.csv";
            case DISCIPLINE -> "a discipline";
            default -> "a value of list '" + list + "' in tables/vocabulary.csv";
        };
    }

    /** The name {@link #notIn} takes for the disciplines, which are not a table ({@link Vocabulary#DISCIPLINES}). */
    public static final String DISCIPLINE = "discipline";
}
