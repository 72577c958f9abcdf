package org.careweave.internal.engine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.careweave.CarePlanner;
import org.careweave.internal.authoring.RuleCheck;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;

/**
 * What {@link CarePlanner} does, with the internal types the command line, the authoring tools, the batch and
 * the tests need (the compiled {@link RuleSet}, rule firings, a watcher with a listener). Built once from a rule
 * set, then {@link #plan(Case)} from as many threads as you like; each plan runs in its own stateless session over
 * the shared, compiled KieBase. {@link CarePlanner} is a thin public face over one of these.
 */
public final class Planner {

    /**
     * Base firing budget after which a session is stopped as a runaway rule; real plans fire a few hundred
     * times. Each fact of the case adds {@link Engine#FIRINGS_PER_FACT} more, so a large case is not blamed on
     * the rules.
     */
    public static final int DEFAULT_MAX_FIRINGS = 20_000;

    // The public face and this class reach each other through these two functions, installed once by
    // CarePlanner's static initialiser (the JDK's "shared secrets" pattern): CarePlanner keeps no public
    // constructor or accessor that would expose this internal type.
    private static volatile Function<CarePlanner, Planner> unwrap;
    private static volatile Function<Planner, CarePlanner> wrap;

    private final AtomicReference<RuleSet> rules;
    private final int maxFirings;
    private final Duration timeLimit;

    private Planner(AtomicReference<RuleSet> rules, int maxFirings, Duration timeLimit) {
        this.rules = rules;
        this.maxFirings = maxFirings;
        this.timeLimit = timeLimit;
    }

    /** Called once, by {@link CarePlanner}'s static initialiser. */
    public static void connect(Function<CarePlanner, Planner> unwrapper, Function<Planner, CarePlanner> wrapper) {
        if (unwrap != null) {
            throw new IllegalStateException("already connected");
        }
        unwrap = unwrapper;
        wrap = wrapper;
    }

    /** The planner behind a public {@link CarePlanner}. */
    public static Planner of(CarePlanner planner) {
        return unwrap.apply(Objects.requireNonNull(planner, "planner"));
    }

    /** This planner as a public {@link CarePlanner} (sharing its rules and their hot reload). */
    public CarePlanner toCarePlanner() {
        if (wrap == null) {
            try {
                Class.forName(CarePlanner.class.getName(), true, CarePlanner.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return wrap.apply(this);
    }

    /** A planner on the rules packaged in the jar. */
    public static Planner bundled() {
        return of(RuleSet.compile(RuleSource.bundled()), DEFAULT_MAX_FIRINGS);
    }

    /** A planner on a {@code rules/} folder; {@link org.careweave.RuleBuildException} on errors. */
    public static Planner fromDirectory(Path rulesDir) {
        return of(RuleSet.compile(RuleSource.fromDirectory(rulesDir)), DEFAULT_MAX_FIRINGS);
    }

    /** A planner on an already compiled rule set, with a firing limit of your choice. */
    public static Planner of(RuleSet rules, int maxFirings) {
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be positive");
        }
        return new Planner(new AtomicReference<>(Objects.requireNonNull(rules)), maxFirings,
                Engine.DEFAULT_TIME_LIMIT);
    }

    /** This planner with another per-plan time limit; the two share their rules (and a hot reload of either). */
    public Planner withTimeLimit(Duration limit) {
        if (limit.isNegative() || limit.isZero()) {
            throw new IllegalArgumentException("time limit must be positive");
        }
        return new Planner(rules, maxFirings, limit);
    }

    /** Plans one case (see {@link CarePlanner#plan(Case)}). */
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
     * @throws org.careweave.InputException when the case is not valid input (a value outside the rule set's
     *                                      vocabularies or ranges), naming its JSON pointer
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
     * Hot reload (see {@link CarePlanner#watch(Path, Duration)}): only a set that compiles and passes validate's
     * checks ({@link org.careweave.internal.authoring.RuleCheck}) is installed; failures go to {@code listener}.
     */
    public RuleWatcher watch(Path rulesDir, Duration interval, RuleWatcher.Listener listener) {
        // Only a set that passes validate's checks (tables, rule literals, every scenario and example planned) is
        // installed: a set that compiles but cannot plan would fail every plan.
        return RuleWatcher.start(rulesDir, interval, () -> rules.get().version(), rules::set, listener,
                (source, set) -> org.careweave.internal.authoring.RuleCheck.gate(source, set, rulesDir));
    }

    /** {@link #watch(Path, Duration, RuleWatcher.Listener)} every second, failures logged. */
    public RuleWatcher watch(Path rulesDir) {
        return watch(rulesDir, RuleWatcher.DEFAULT_INTERVAL, RuleWatcher.LOGGING);
    }

    /** The rule set plans are made with now. */
    public RuleSet rules() {
        return rules.get();
    }
}
