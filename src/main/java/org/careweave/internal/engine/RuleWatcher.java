package org.careweave.internal.engine;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.RuleWatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hot reload of a rules folder for a running planner (see {@code CarePlanner.watch}). One daemon thread reads the
 * folder every {@code interval} and hashes it ({@link RuleSource#version()}, the same version every plan
 * reports). When the version differs from the one being served and has stayed the same for one more interval
 * (an editor or a {@code git pull} writing several files is not caught half-way), it is compiled: a clean
 * compile replaces the served rule set atomically; a failing one leaves the last good rule set serving and goes
 * to {@link Listener#failed} once per broken version.
 *
 * <p>Why polling and not {@link java.nio.file.WatchService}: the watch service is not recursive (every subfolder
 * must be registered, including new ones), polls every few seconds anyway on some platforms, and reports events
 * while a file is still being written. Reading a few dozen small files and hashing them costs well under a
 * millisecond of work per poll, sees only complete states, and compares exactly what would be compiled.
 *
 * <p>Plans in flight are never affected: each plan reads the planner's rule set once and finishes on it. Closing
 * stops the thread and waits for it (a compile in progress is allowed to finish, and its result is dropped).
 */
public final class RuleWatcher implements org.careweave.RuleWatch {

    /** How often the folder is read unless told otherwise. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(RuleWatcher.class);
    private static final AtomicInteger THREADS = new AtomicInteger();

    /** What a watcher tells its owner. Called on the watcher's thread; keep it short. */
    public interface Listener {

        /** The folder compiled cleanly and {@code rules} now serves every new plan. */
        default void reloaded(RuleSet rules) {}

        /**
         * The folder at {@code version} does not compile (or, with {@code version} null, cannot be read); the
         * previous rule set keeps serving. Called once per broken version.
         */
        default void failed(String version, List<RuleProblem> problems) {}

        /**
         * After a failed version, the folder is back to the version serving ({@code version}, e.g. an edit undone):
         * nothing to reload, and the failure no longer describes the folder. Called once per such return.
         */
        default void reverted(String version) {}
    }

    /** The default listener: says in the log which version failed and why (file:line only, never case data). */
    public static final Listener LOGGING = new Listener() {
        @Override
        public void reloaded(RuleSet rules) {
            LOG.info("rules reloaded: {}", rules.version());
        }

        @Override
        public void failed(String version, List<RuleProblem> problems) {
            LOG.warn("rules {} not loaded, {} problem(s); the previous rules keep serving", version, problems.size());
            problems.forEach(p -> LOG.warn("  {}", p));
        }

        @Override
        public void reverted(String version) {
            LOG.info("rules folder back to the rules serving ({}): the failed version is gone", version);
        }
    };

    private final Path dir;
    private final long intervalMillis;
    private final Supplier<String> serving;
    private final Consumer<RuleSet> install;
    private final Listener listener;
    private final java.util.function.BiFunction<RuleSource, RuleSet, List<RuleProblem>> gate;
    private final Thread thread;
    private final Object lock = new Object();
    private boolean closed;

    private String pending;
    private String lastFailed;

    private RuleWatcher(Path dir, Duration interval, Supplier<String> serving, Consumer<RuleSet> install,
            Listener listener, java.util.function.BiFunction<RuleSource, RuleSet, List<RuleProblem>> gate) {
        this.gate = gate == null ? (s, r) -> List.of() : gate;
        this.dir = Objects.requireNonNull(dir, "dir");
        this.intervalMillis = Math.max(1, interval.toMillis());
        this.serving = Objects.requireNonNull(serving);
        this.install = Objects.requireNonNull(install);
        this.listener = listener == null ? LOGGING : listener;
        this.thread = new Thread(this::loop, "careweave-rules-watch-" + THREADS.incrementAndGet());
        this.thread.setDaemon(true);
    }

    /**
     * Starts watching {@code dir}. {@code serving} gives the version now in use; {@code install} puts a newly
     * compiled rule set in use (atomically). {@code CarePlanner.watch} is the usual way to call this.
     */
    public static RuleWatcher start(Path dir, Duration interval, Supplier<String> serving, Consumer<RuleSet> install,
            Listener listener) {
        return start(dir, interval, serving, install, listener, null);
    }

    /**
     * As {@link #start(Path, Duration, Supplier, Consumer, Listener)}, with a gate: a rule set that compiles is
     * installed only if {@code gate} finds no problem in it (validate's table, literal and smoke checks, which
     * live with the authoring tools); otherwise the problems go to {@link Listener#failed} as for a compile error.
     */
    public static RuleWatcher start(Path dir, Duration interval, Supplier<String> serving, Consumer<RuleSet> install,
            Listener listener, java.util.function.BiFunction<RuleSource, RuleSet, List<RuleProblem>> gate) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        RuleWatcher w = new RuleWatcher(dir, interval, serving, install, listener, gate);
        w.thread.start();
        return w;
    }

    /** The folder watched. */
    public Path dir() {
        return dir;
    }

    /** Whether the watcher's thread is still running (false once {@link #close()} has returned). */
    public boolean isRunning() {
        return thread.isAlive();
    }

    /** Stops watching and waits for the thread to end. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    private void loop() {
        while (!isClosed()) {
            try {
                poll();
            } catch (RuntimeException e) {
                // Never let the thread die: the next poll tries again.
                LOG.warn("rules watch of {}: {}", dir, e.toString());
            }
            synchronized (lock) {
                long until = System.currentTimeMillis() + intervalMillis;
                long left;
                while (!closed && (left = until - System.currentTimeMillis()) > 0) {
                    try {
                        lock.wait(left);
                    } catch (InterruptedException e) {
                        closed = true;
                    }
                }
            }
        }
    }

    /** One look at the folder; package-visible so the decision logic reads in one place. */
    void poll() {
        RuleSource source;
        try {
            source = RuleSource.fromDirectory(dir);
        } catch (RuleBuildException e) {
            fail("unreadable:" + e.getMessage(), null, e.problems());
            return;
        } catch (UncheckedIOException e) {
            fail("unreadable:" + e.getMessage(), null, List.of(new RuleProblem("rules/", 0, "cannot read " + dir + ": "
                    + e.getCause().getMessage())));
            return;
        }
        String version = source.version();
        if (version.equals(serving.get())) {
            pending = null;
            if (lastFailed != null) {
                // the broken edit was undone: say so once, or /health would report a failure the folder no longer has
                lastFailed = null;
                listener.reverted(version);
            }
            return;
        }
        if (version.equals(lastFailed)) {
            pending = null;
            return;
        }
        if (!version.equals(pending)) {
            pending = version; // changed since the last look: let it settle for one interval
            return;
        }
        pending = null;
        RuleSet compiled;
        try {
            compiled = RuleSet.compile(source);
        } catch (RuleBuildException e) {
            fail(version, version, e.problems());
            return;
        }
        List<RuleProblem> gated;
        try {
            gated = gate.apply(source, compiled);
        } catch (RuntimeException e) {
            gated = List.of(new RuleProblem("rules/", 0, "checking the rules failed: " + e.getClass().getSimpleName()));
        }
        if (!gated.isEmpty()) {
            fail(version, version, gated);
            return;
        }
        if (isClosed()) {
            return;
        }
        install.accept(compiled);
        lastFailed = null;
        notify(() -> listener.reloaded(compiled));
    }

    /** Reports a failure once per {@code key} (the version, or the read error when the folder is unreadable). */
    private void fail(String key, String version, List<RuleProblem> problems) {
        if (key.equals(lastFailed) || isClosed()) {
            return;
        }
        lastFailed = key;
        notify(() -> listener.failed(version, problems));
    }

    private void notify(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.warn("rules watch listener threw {}", e.toString());
        }
    }
}
