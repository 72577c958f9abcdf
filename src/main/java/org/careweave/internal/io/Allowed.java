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

    /**
     * {@link #notIn} with {@code did you mean X?} when {@code given} is a slip of one value of the list: the same
     * value in another case ({@code Autonomic-Dysreflexia}) or a letter or two off ({@code autonomic-dysrefexia}).
     * Only the table's value is named, never {@code given}, and only for a value written like a vocabulary term (a
     * short lower-kebab-case word, any case): free text typed into the field gets the list alone.
     */
    public static String notIn(String list, Collection<String> values, String given) {
        String meant = meant(given, values);
        return "not " + what(list) + (meant == null ? "" : ": did you mean " + meant + "?") + " (" + values(values)
                + ")";
    }

    /** What a vocabulary term looks like, case aside: a short kebab-case word, nothing a sentence or a number has. */
    private static final java.util.regex.Pattern TERM =
            java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+){0,6}");

    /**
     * The value of {@code values} that {@code given} misspells, or null: equal but for case, else the one value
     * nearest (at most one edit for a value of up to four letters, two for a longer one) when no other is as near
     * and the two do not differ in a whole number or one-letter word ({@code medicare-part-c} names another payer,
     * not a slip of medicare-part-b).
     */
    static String meant(String given, Collection<String> values) {
        if (given == null || given.length() > 60 || !TERM.matcher(given).matches()) {
            return null;
        }
        String g = given.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String v : values) {
            String k = v.toLowerCase(java.util.Locale.ROOT);
            if (k.equals(g)) {
                return v;
            }
            int d = FieldNames.distance(g, k);
            if (d > (k.length() <= 4 ? 1 : 2)) {
                continue;
            }
            if (d < bestDistance) {
                best = v;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return best == null || tie || namesAnother(g, best.toLowerCase(java.util.Locale.ROOT)) ? null : best;
    }

    /**
     * Whether two terms differ in exactly one of their {@code -}-separated words (case aside) and that word is a
     * number or one letter in both: {@code medicare-part-a} and {@code medicare-part-c} name two things, so neither is
     * a slip for the other and no "did you mean" is offered (the case reader and the table linter both ask).
     *
     * @param a one term
     * @param b the other
     * @return true when they name two different things of one family
     */
    public static boolean namesAnother(String a, String b) {
        String[] x = a.toLowerCase(java.util.Locale.ROOT).split("-", -1);
        String[] y = b.toLowerCase(java.util.Locale.ROOT).split("-", -1);
        if (x.length != y.length) {
            return false;
        }
        int differ = -1;
        for (int i = 0; i < x.length; i++) {
            if (!x[i].equals(y[i])) {
                if (differ >= 0) {
                    return false;
                }
                differ = i;
            }
        }
        return differ >= 0 && (x[differ].length() == 1 && y[differ].length() == 1
                || x[differ].chars().allMatch(Character::isDigit) && y[differ].chars().allMatch(Character::isDigit));
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
