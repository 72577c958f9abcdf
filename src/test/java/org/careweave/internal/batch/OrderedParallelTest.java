package org.careweave.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void resultsComeBackInInputOrderEvenWhenLaterItemsFinishFirst() {
        List<Integer> input = IntStream.range(0, 2_000).boxed().toList();
        OrderedParallel<Integer, Integer> out = new OrderedParallel<>(input.iterator(), i -> {
            // Random work time, so completion order differs from input order.
            LockSupport.parkNanos(ThreadLocalRandom.current().nextInt(0, 200_000));
            return i;
        }, pool, 16);
        List<Integer> got = new ArrayList<>();
        out.forEachRemaining(got::add);
        assertEquals(input, got);
    }

    @Test
    void neverTakesMoreInputThanTheWindowAheadOfTheConsumer() {
        int window = 8;
        long[] pulled = {0};
        long[] consumed = {0};
        long[] worstAhead = {0};
        java.util.Iterator<Integer> source = new java.util.Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled[0] < 50_000;
            }

            @Override
            public Integer next() {
                pulled[0]++;
                worstAhead[0] = Math.max(worstAhead[0], pulled[0] - consumed[0]);
                return (int) pulled[0];
            }
        };
        OrderedParallel<Integer, Integer> out = new OrderedParallel<>(source, i -> i, pool, window);
        while (out.hasNext()) {
            out.next();
            consumed[0]++;
        }
        assertEquals(50_000, consumed[0]);
        assertTrue(worstAhead[0] <= window, "read " + worstAhead[0] + " items ahead with a window of " + window);
    }

    @Test
    void anUnexpectedExceptionInTheWorkIsRethrownToTheConsumer() {
        OrderedParallel<Integer, Integer> out = new OrderedParallel<>(List.of(1, 2, 3).iterator(), i -> {
            if (i == 2) {
                throw new IllegalStateException("boom");
            }
            return i;
        }, pool, 4);
        assertEquals(1, out.next());
        IllegalStateException e = assertThrows(IllegalStateException.class, out::next);
        assertEquals("boom", e.getMessage());
    }
}
