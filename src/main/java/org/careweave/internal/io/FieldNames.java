package org.careweave.internal.io;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether an input's field name may be repeated in an error. A key is input like any value and may carry personal
 * data ({@code "Jane Smith 123-45-6789": 1}, trial of int-27, i14), so a name is shown only when it is plausibly a
 * misspelt or misplaced field: a short identifier close to a name the format knows. Any other is placed by its
 * object and its position there ({@code the 3rd key}), never quoted.
 */
public final class FieldNames {

    /** What a field name looks like: a short identifier, nothing a sentence, a number or an escape sequence has. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,40}");

    private FieldNames() {}

    /**
     * Whether {@code name} may be shown: an identifier within a typo of one of {@code known} (case aside, at most
     * one edit for a name of up to four letters, two for a longer one, or the start of a longer name).
     *
     * @param name  a field name as given
     * @param known the field names the format has
     * @return true when it may be repeated in an error
     */
    public static boolean shown(String name, Collection<String> known) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            return false;
        }
        for (String k : known) {
            if (close(name, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name of {@code allowed} that {@code name} is a typo of (case aside, the closest, first on a tie), or
     * null when none is close or {@code name} is not {@link #shown} by them.
     *
     * @param name    a field name as given, not one of {@code allowed}
     * @param allowed the names allowed where it was given, in a stable order
     * @return the name meant, or null
     */
    public static String meant(String name, Collection<String> allowed) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : allowed) {
            if (close(name, k)) {
                int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
                if (d < bestDistance) {
                    best = k;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /**
     * A JSON pointer cut before its first step that is neither an array index nor a name {@link #shown} by
     * {@code known}: the object holding that step locates it ({@code /patient} for a key given twice in the
     * patient), and the name is not repeated.
     *
     * @param pointer a JSON pointer, e.g. from a parser
     * @param known   the field names the format has
     * @return the pointer, or the part of it that may be shown ({@code ""} for the document)
     */
    public static String shownPointer(String pointer, Collection<String> known) {
        if (pointer == null || pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String step : pointer.substring(1).split("/", -1)) {
            boolean index = !step.isEmpty() && step.length() <= 9 && step.chars().allMatch(c -> c >= '0' && c <= '9');
            if (!index && !shown(step, known)) {
                break; // an identifier has no ~ to unescape: a step with one is not shown
            }
            out.append('/').append(step);
        }
        return out.toString();
    }

    /**
     * 1st, 2nd, 3rd, 4th, 11th, 21st...: a key's position in its object, to place a name that is not shown.
     *
     * @param n a position from 1
     * @return its English ordinal
     */
    public static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    private static boolean close(String name, String known) {
        String a = name.toLowerCase(Locale.ROOT);
        String b = known.toLowerCase(Locale.ROOT);
        int shorter = Math.min(a.length(), b.length());
        if (shorter >= 4 && 2 * shorter >= Math.max(a.length(), b.length()) && (a.startsWith(b) || b.startsWith(a))) {
            return true; // cotreat for cotreatment
        }
        int allowed = b.length() <= 4 ? 1 : 2;
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
    }

    /** Edits (insert, delete, replace, swap of neighbours) from {@code a} to {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
