package org.careweave;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.careweave.engine.Engine;
import org.careweave.engine.RuleSet;
import org.careweave.engine.RuleSource;
import org.careweave.engine.RuleWatcher;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;

/**
 * The one entry point for embedders: built once from a rule set, then {@link #plan(Case)} as often and from as
 * many threads as you like. Each plan runs in its own stateless session over a shared, compiled KieBase.
 *
 * <pre>{@code
 * CarePlanner planner = CarePlanner.bundled();          // or CarePlanner.fromDirectory(Path.of("rules"))
 * CarePlan plan = planner.plan(caseRecord);
 * }</pre>
 */
public final class CarePlanner {

    /**
     * Base firing budget after which a session is stopped as a runaway rule; real plans fire a few hundred
     * times. Each fact of the case adds {@link Engine#FIRINGS_PER_FACT} more, so a large case is not blamed on
     * the rules.
     */
    public static final int DEFAULT_MAX_FIRINGS = 20_000;

    private final AtomicReference<RuleSet> rules;
    private final int maxFirings;
    private final Duration timeLimit;

    private CarePlanner(RuleSet rules, int maxFirings) {
        this(new AtomicReference<>(rules), maxFirings, Engine.DEFAULT_TIME_LIMIT);
    }

    private CarePlanner(AtomicReference<RuleSet> rules, int maxFirings, Duration timeLimit) {
        this.rules = rules;
        this.maxFirings = maxFirings;
        this.timeLimit = timeLimit;
    }

    /**
     * This planner with another per-plan time limit (default {@link Engine#DEFAULT_TIME_LIMIT}): a plan still
     * firing rules after {@code limit} fails with a {@link org.careweave.engine.PlanningException} naming the rule
     * that was running. The two planners share their rules (and a hot reload of either).
     */
    public CarePlanner withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        return new CarePlanner(rules, maxFirings, limit);
    }

    /** A planner on the rules packaged in the jar. */
    public static CarePlanner bundled() {
        return new CarePlanner(RuleSet.compile(RuleSource.bundled()), DEFAULT_MAX_FIRINGS);
    }

    /** A planner on a {@code rules/} folder. Throws {@link org.careweave.engine.RuleBuildException} on errors. */
    public static CarePlanner fromDirectory(Path rulesDir) {
        return new CarePlanner(RuleSet.compile(RuleSource.fromDirectory(rulesDir)), DEFAULT_MAX_FIRINGS);
    }

    /** A planner on an already compiled rule set, with a firing limit of your choice. */
    public static CarePlanner of(RuleSet rules, int maxFirings) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be positive");
        }
        return new CarePlanner(Objects.requireNonNull(rules), maxFirings);
    }

    /**
     * Plans one case. Throws {@link org.careweave.engine.PlanningException} if the rules misbehave: a rule that
     * keeps firing, runs past the time limit, or throws in its consequence (named with its file).
     */
    public CarePlan plan(Case c) {
        return plan(c, false);
    }

    /** Plans one case; with {@code trace}, the plan lists every rule firing and the facts it matched. */
    public CarePlan plan(Case c, boolean trace) {
        return run(c, trace).plan();
    }

    /**
     * Plans one case and reports rule firings too (for scenario tests and rule coverage).
     *
     * @throws org.careweave.io.InputException when the case is not valid input (a value outside the rule set's
     *                                         vocabularies or ranges), naming its JSON pointer
     */
    public Engine.Run run(Case c, boolean trace) {
        Objects.requireNonNull(c, "case");
        RuleSet ruleSet = rules.get();
        // A case built in Java gets the same checks as one read from JSON (the CLI's cases pass twice; the check
        // is a small part of a plan's cost).
        org.careweave.io.CaseReader.validate(c, ruleSet.vocabulary());
        return Engine.run(ruleSet, c, trace, maxFirings, timeLimit);
    }

    /**
     * Hot reload: watches a rules folder (through symbolic links) and, each time it changes, compiles cleanly and
     * passes validate's checks ({@link org.careweave.authoring.RuleCheck}: tables, rule literals, its scenarios and
     * the examples beside it planned), makes every new plan use
     * it (plans in flight finish on the rules they started with; each plan names its version in
     * {@code rules().version()}). A change that does not compile is passed to {@code listener} and the last good
     * rules keep serving. Close the returned watcher to stop (it runs one daemon thread).
     *
     * <pre>{@code
     * try (RuleWatcher watch = planner.watch(Path.of("rules"), Duration.ofSeconds(1), RuleWatcher.LOGGING)) {
     *     ... planner.plan(c) ...
     * }
     * }</pre>
     */
    public RuleWatcher watch(Path rulesDir, Duration interval, RuleWatcher.Listener listener) {
        // Only a set that passes validate's checks (tables, rule literals, every scenario and example planned) is
        // installed: a set that compiles but cannot plan would fail every plan.
        return RuleWatcher.start(rulesDir, interval, () -> rules.get().version(), rules::set, listener,
                (source, set) -> org.careweave.authoring.RuleCheck.gate(source, set, rulesDir));
    }

    /** {@link #watch(Path, Duration, RuleWatcher.Listener)} every second, failures logged. */
    public RuleWatcher watch(Path rulesDir) {
        return watch(rulesDir, RuleWatcher.DEFAULT_INTERVAL, RuleWatcher.LOGGING);
    }

    /**
     * Plans a stream of cases on every core, lazily, in input order, with a bounded number of cases in flight
     * (see {@link org.careweave.batch.BatchPlanner} for threads and window of your choice). A case the rules
     * cannot plan gives an outcome with a failure and does not stop the rest. Close the returned stream, or
     * consume it fully, to release the worker threads.
     */
    public java.util.stream.Stream<org.careweave.batch.Outcome> planAll(java.util.stream.Stream<Case> cases) {
        org.careweave.batch.BatchPlanner batch = new org.careweave.batch.BatchPlanner(this);
        return batch.planAll(cases).onClose(batch::close);
    }

    /** The rule set plans are made with now. */
    public RuleSet rules() {
        return rules.get();
    }
}
