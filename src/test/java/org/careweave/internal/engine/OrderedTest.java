package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.careweave.plan.Reason;
import org.junit.jupiter.api.Test;

/**
 * The assemblers' loops replace {@code stream().sorted(order).distinct()}; they must give the same elements in the
 * same order, also when elements that are not equal sort alike (two reasons of one rule and sentence with
 * different sources: the first met stays first).
 */
class OrderedTest {

    @Test
    void sortDistinctIsTheStreamsSortedThenDistinctOnRandomReasons() {
        Random random = new Random(15);
        String[] rules = {"A", "B", "C"};
        String[] because = {null, "x", "y"};
        String[] sources = {null, "s1", "s2"};
        for (int round = 0; round < 20_000; round++) {
            int n = random.nextInt(9);
            List<Reason> reasons = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                reasons.add(new Reason(rules[random.nextInt(3)], because[random.nextInt(3)],
                        sources[random.nextInt(3)]));
            }
            List<Reason> expected = reasons.stream().sorted().distinct().toList();
            assertEquals(expected, Ordered.sortDistinct(new ArrayList<>(reasons)), reasons.toString());
            Comparator<Reason> natural = Comparator.naturalOrder();
            assertEquals(reasons.stream().sorted(natural).distinct().toList(),
                    Ordered.sortDistinct(new ArrayList<>(reasons), natural), reasons.toString());
        }
    }

    @Test
    void afterTheNaturalSortOnlyAnElementEqualToTheOneKeptBeforeItGoes() {
        // as the plans always had it: the stream's distinct() after sorted() compares with the last element only
        Reason first = new Reason("R", "because", "source 2");
        Reason second = new Reason("R", "because", "source 1");
        List<Reason> sorted = Ordered.sortDistinct(new ArrayList<>(List.of(first, first, second, first)));
        assertEquals(List.of(first, second, first), sorted);
        assertSame(first, sorted.get(0));
        assertEquals(List.of(first, second), Ordered.sortDistinct(new ArrayList<>(List.of(first, first, second, first)),
                Comparator.naturalOrder()));
    }

    @Test
    void distinctThenSortedStringsAreSortedThenDistinct() {
        Random random = new Random(17);
        for (int round = 0; round < 5_000; round++) {
            List<String> items = new ArrayList<>();
            for (int i = random.nextInt(9); i > 0; i--) {
                items.add(String.valueOf((char) ('a' + random.nextInt(4))));
            }
            assertEquals(items.stream().distinct().sorted().toList(), Ordered.sortDistinct(new ArrayList<>(items)));
        }
    }

    @Test
    void sortDistinctWithAComparatorOnPartOfTheElement() {
        Random random = new Random(16);
        for (int round = 0; round < 20_000; round++) {
            int n = random.nextInt(9);
            List<List<Integer>> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.add(List.of(random.nextInt(3), random.nextInt(3)));
            }
            Comparator<List<Integer>> order = Comparator.comparing(l -> l.get(0));
            assertEquals(items.stream().sorted(order).distinct().toList(),
                    Ordered.sortDistinct(new ArrayList<>(items), order));
        }
    }

    @Test
    void disciplinesSortPtThenOt() {
        List<String> d = new ArrayList<>(List.of("ot", "pt", "ot"));
        d.sort(Ordered.DISCIPLINE_ORDER);
        assertEquals(List.of("pt", "ot", "ot"), d);
    }
}
