package org.careweave.beam;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.careweave.internal.engine.Planner;

/**
 * One {@link Planner} per JVM and rules location, built on first use. A distributed runner deserialises a
 * pipeline's {@code DoFn}s many times in one worker JVM (one instance per thread, and again after a retry);
 * compiling the rules in each would cost about a second and 5-20 MiB apiece, so every instance asks here and all
 * share one immutable, thread-safe planner.
 *
 * <p>Locations: {@link #BUNDLED} (the rules packaged in the careweave jar) or a {@code rules/} folder path, which
 * must exist on every worker. Paths are compared absolute and normalised, so {@code rules} and {@code ./rules}
 * share a planner. Rules are compiled once and never reloaded: a job plans every case with one rule set.
 */
public final class SharedPlanner {

    /** The location meaning "the rules packaged in the jar". */
    public static final String BUNDLED = "bundled";

    private static final ConcurrentMap<String, Planner> PLANNERS = new ConcurrentHashMap<>();

    private SharedPlanner() {}

    /**
     * The JVM's planner for {@code rules}, compiled by the first caller while any other caller for the same
     * location waits for it.
     *
     * @param rules {@link #BUNDLED} or a rules folder path
     * @throws org.careweave.RuleBuildException if the rules do not compile (nothing is cached, so a later
     *                                                 call tries again)
     */
    public static Planner get(String rules) {
        // computeIfAbsent blocks concurrent callers for the same key while the rules compile: exactly one compile.
        return PLANNERS.computeIfAbsent(key(rules), SharedPlanner::build);
    }

    static String key(String rules) {
        if (rules == null || rules.isBlank()) {
            throw new IllegalArgumentException("rules location must be '" + BUNDLED + "' or a folder");
        }
        return BUNDLED.equals(rules) ? BUNDLED : Path.of(rules).toAbsolutePath().normalize().toString();
    }

    private static Planner build(String key) {
        return BUNDLED.equals(key) ? Planner.bundled() : Planner.fromDirectory(Path.of(key));
    }
}
