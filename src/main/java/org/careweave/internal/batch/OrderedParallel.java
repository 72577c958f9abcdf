package org.careweave.internal.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Maps an input iterator through a function on a thread pool and gives the results back in input order, with
 * at most {@code window} inputs taken but not yet handed back. That bound is what keeps memory constant for any
 * input size: the input is pulled only as fast as results are consumed.
 *
 * <p>The window is a queue of futures in input order. {@link #next()} waits for the oldest; while it is full,
 * no more input is read. A slow item holds back later results (head-of-line blocking) but never reorders them.
 * Not thread-safe: one consumer.
 */
final class OrderedParallel<I, O> implements Iterator<O> {

    private final Iterator<? extends I> input;
    private final Function<? super I, ? extends O> work;
    private final ExecutorService pool;
    private final int window;
    private final ArrayDeque<Future<O>> inFlight;
    private final ToLongFunction<? super I> weight;
    private final long maxWeight;
    /** The weight of each input in flight, in the order of {@link #inFlight}. */
    private final ArrayDeque<Long> weights;
    private long weightInFlight;

    OrderedParallel(Iterator<? extends I> input, Function<? super I, ? extends O> work, ExecutorService pool,
            int window) {
        this(input, work, pool, window, i -> 0, Long.MAX_VALUE);
    }

    /**
     * As the four-argument constructor, with a second bound: no input is taken while the inputs in flight weigh
     * {@code maxWeight} or more (e.g. bytes of NDJSON lines), so memory is bounded by bytes, not only by count:
     * in flight weigh less than {@code maxWeight} plus one input.
     */
    OrderedParallel(Iterator<? extends I> input, Function<? super I, ? extends O> work, ExecutorService pool,
            int window, ToLongFunction<? super I> weight, long maxWeight) {
        this.weight = Objects.requireNonNull(weight);
        this.maxWeight = maxWeight;
        this.weights = new ArrayDeque<>(window);
        if (window < 1) {
            throw new IllegalArgumentException("window must be positive");
        }
        this.input = Objects.requireNonNull(input);
        this.work = Objects.requireNonNull(work);
        this.pool = Objects.requireNonNull(pool);
        this.window = window;
        this.inFlight = new ArrayDeque<>(window);
    }

    private void fill() {
        while (inFlight.size() < window && weightInFlight < maxWeight && input.hasNext()) {
            I item = input.next();
            long w = weight.applyAsLong(item);
            weights.addLast(w);
            weightInFlight += w;
            inFlight.addLast(pool.submit(() -> work.apply(item)));
        }
    }

    @Override
    public boolean hasNext() {
        fill();
        return !inFlight.isEmpty();
    }

    @Override
    public O next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Future<O> head = inFlight.removeFirst();
        weightInFlight -= weights.removeFirst();
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelAll();
            throw new CancellationException("interrupted while waiting for a result");
        } catch (ExecutionException e) {
            // The work function is expected to turn failures into values; anything else is a bug: rethrow it.
            cancelAll();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Inputs taken and not yet handed back. Never more than the window. */
    int inFlight() {
        return inFlight.size();
    }

    void cancelAll() {
        for (Future<O> f : inFlight) {
            f.cancel(true);
        }
        inFlight.clear();
        weights.clear();
        weightInFlight = 0;
    }

    /** What the inputs in flight weigh. */
    long weightInFlight() {
        return weightInFlight;
    }
}
