package org.careweave.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

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

    OrderedParallel(Iterator<? extends I> input, Function<? super I, ? extends O> work, ExecutorService pool,
            int window) {
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
        while (inFlight.size() < window && input.hasNext()) {
            I item = input.next();
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
    }
}
