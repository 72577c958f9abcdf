package org.careweave.cds;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The request-body bytes the whole server holds at once: read so far, and read whole but not yet planned. The
 * per-request cap ({@link CdsServer#MAX_BODY}) bounds one request; without this, forty clients each sending 10 MiB
 * (chunked or with a Content-Length, then stalling) filled a 256 MiB heap and the server answered 500s with
 * {@link OutOfMemoryError}s. A request whose next bytes do not fit gets 503 and its bytes are given back.
 */
final class BodyBudget {

    private final long limit;
    private final AtomicLong held = new AtomicLong();

    /** @param limit bytes the server may hold at once, at least {@link CdsServer#MAX_BODY} (one whole request) */
    BodyBudget(long limit) {
        this.limit = limit;
    }

    /** The default: an eighth of the heap (a body is copied as it is decoded and parsed), at least one request. */
    static BodyBudget ofHeap() {
        return new BodyBudget(Math.max(CdsServer.MAX_BODY, Runtime.getRuntime().maxMemory() / 8));
    }

    /** Takes {@code bytes} when they fit; false, taking nothing, when they do not. */
    boolean take(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > limit) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void giveBack(long bytes) {
        held.addAndGet(-bytes);
    }

    /** Bytes held now (tests check that every answer gives its bytes back). */
    long held() {
        return held.get();
    }

    long limit() {
        return limit;
    }
}
