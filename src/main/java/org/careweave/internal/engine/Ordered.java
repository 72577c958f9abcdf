package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.careweave.model.Vocabulary;

/**
 * Sorting helpers for assembling a plan from a few dozen conclusions without stream pipelines (each pipeline
 * costs more objects than the handful of elements it sorts; src/bench/RESULTS.md, "Java side of a plan").
 * Every helper gives exactly what the stream it replaces gave: {@code sorted(order).distinct()} keeps, of each
 * group of equal elements, the first in the stable sort, which is the first met.
 */
public final class Ordered {

    /** The contract's discipline order (pt, then ot), for sorting by discipline. */
    public static final Comparator<String> DISCIPLINE_ORDER = Ordered::compareDisciplines;

    private Ordered() {}

    /** As {@code Comparator.comparingInt(Vocabulary.DISCIPLINES::indexOf)}. */
    public static int compareDisciplines(String a, String b) {
        return Integer.compare(Vocabulary.DISCIPLINES.indexOf(a), Vocabulary.DISCIPLINES.indexOf(b));
    }

    /**
     * Sorts {@code list} in place (stably) and removes every element equal to an earlier one: the same elements
     * in the same order as {@code list.stream().sorted(order).distinct()}, given that equal elements compare as 0.
     *
     * @return {@code list}
     */
    public static <T> List<T> sortDistinct(List<T> list, Comparator<? super T> order) {
        if (list.size() < 2) {
            return list;
        }
        list.sort(order);
        int kept = 0;
        for (int i = 0, n = list.size(); i < n; i++) {
            T t = list.get(i);
            if (!equalInRun(list, kept, t, order)) {
                list.set(kept++, t);
            }
        }
        list.subList(kept, list.size()).clear();
        return list;
    }

    /**
     * Sorts {@code list} in place in natural order (stably) and removes each element equal to the one kept just
     * before it: the same elements in the same order as {@code list.stream().sorted().distinct()}.
     *
     * @return {@code list}
     */
    public static <T extends Comparable<? super T>> List<T> sortDistinct(List<T> list) {
        if (list.size() < 2) {
            return list;
        }
        list.sort(null);
        int kept = 1;
        for (int i = 1, n = list.size(); i < n; i++) {
            T t = list.get(i);
            if (!t.equals(list.get(kept - 1))) {
                list.set(kept++, t);
            }
        }
        list.subList(kept, list.size()).clear();
        return list;
    }

    /**
     * Whether one of the first {@code kept} elements equals {@code t}: once sorted, an equal element can only be
     * among the last kept ones that compare as 0 with {@code t}.
     */
    private static <T> boolean equalInRun(List<T> list, int kept, T t, Comparator<? super T> order) {
        for (int j = kept - 1; j >= 0; j--) {
            T before = list.get(j);
            if (order.compare(before, t) != 0) {
                return false;
            }
            if (Objects.equals(before, t)) {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code t} to {@code list} unless an equal element is there already (a small list's {@code distinct}). */
    public static <T> void addDistinct(List<T> list, T t) {
        if (!list.contains(t)) {
            list.add(t);
        }
    }
}
