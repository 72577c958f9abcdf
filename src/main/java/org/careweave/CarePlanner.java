package org.careweave;

import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.careweave.internal.batch.BatchPlanner;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleWatcher;
import org.careweave.model.Case;
import org.careweave.model.Vocabulary;
import org.careweave.plan.CarePlan;
import org.careweave.plan.Outcome;

/**
 * The one entry point for embedders: built once from a rule set, then {@link #plan(Case)} as often and from as
 * many threads as you like. Each plan runs in its own stateless session over a shared, compiled rule base.
 *
 * <pre>{@code
 * CarePlanner planner = CarePlanner.bundled();          // or CarePlanner.fromDirectory(Path.of("rules"))
 * CarePlan plan = planner.plan(caseRecord);
 * }</pre>
 */
public final class CarePlanner {

    static {
        Planner.connect(p -> p.planner, CarePlanner::new);
    }

    private final Planner planner;

    private CarePlanner(Planner planner) {
        this.planner = planner;
    }

    /**
     * A planner on the rules packaged in the jar.
     *
     * @return a planner ready to plan (compiling the rules takes a few seconds, once)
     * @throws RuleBuildException if the packaged rules do not compile (a broken build)
     */
    public static CarePlanner bundled() {
        return new CarePlanner(Planner.bundled());
    }

    /**
     * A planner on a {@code rules/} folder read now (its {@code .drl} files and {@code tables/*.csv}). The folder's
     * tables get the checks {@code careweave validate} and every command give them (a key defined twice, a value
     * outside its column's vocabulary or range, a row another table needs, a table the rules read that is missing or
     * has no rows), so a broken table is refused here, never a plan that is silently different or fails later. When
     * the folder's DRL is careweave's own (only tables edited) that refusal comes without compiling the rules, in
     * seconds.
     *
     * @param rulesDir the rules folder
     * @return a planner ready to plan
     * @throws RuleBuildException listing every problem as {@code <folder>/<file>:<line>: <message>} (the folder as
     *                            given; a table cell's at {@code <file>:<line>:<column>}, the character where the cell
     *                            starts, its message naming the CSV column: {@code column 'area' (the 1st): ...}), the same lines
     *                            {@code careweave plan --rules <folder>} prints, if the folder cannot be read, its
     *                            tables are wrong or its rules do not compile
     */
    public static CarePlanner fromDirectory(Path rulesDir) {
        return new CarePlanner(Planner.fromDirectory(rulesDir));
    }

    /**
     * This planner with another per-plan time limit (default 60 seconds): a plan still firing rules after
     * {@code limit} fails with a {@link PlanningException} naming the rule that was running. The two planners
     * share their rules (and a hot reload of either).
     *
     * @param limit wall-clock time one plan may take; positive
     * @return a new planner on the same rules
     * @throws IllegalArgumentException if {@code limit} is zero or negative
     */
    public CarePlanner withTimeLimit(Duration limit) {
        return new CarePlanner(planner.withTimeLimit(limit));
    }

    /**
     * Plans one case.
     *
     * @param c the case (see {@link org.careweave.io.CaseReader} to read one from JSON)
     * @return the plan of care: problems and leads, goals, interventions, schedule (minutes), claim lines (units,
     *         modifiers, dollars) and alerts
     * @throws InputException    if the case is not valid input for these rules (a value outside their
     *                           vocabularies or ranges), naming its JSON pointer
     * @throws PlanningException if the rules misbehave: a rule that keeps firing, runs past the time limit, or
     *                           throws in its consequence (named with its file)
     */
    public CarePlan plan(Case c) {
        return planner.plan(c);
    }

    /**
     * Plans one case; with {@code trace}, the plan lists every rule firing and the facts it matched.
     *
     * @param c     the case
     * @param trace whether to fill {@link CarePlan#trace()}
     * @return the plan of care
     * @throws InputException    if the case is not valid input, naming its JSON pointer
     * @throws PlanningException if the rules misbehave
     */
    public CarePlan plan(Case c, boolean trace) {
        return planner.plan(c, trace);
    }

    /**
     * Plans a stream of cases on every core, lazily, in input order, with a bounded number of cases in flight. A
     * case the rules cannot plan gives an outcome with a failure and does not stop the rest. Close the returned
     * stream, or consume it fully, to release the worker threads.
     *
     * @param cases the cases, read lazily
     * @return one outcome per case, in input order
     */
    public Stream<Outcome> planAll(Stream<Case> cases) {
        BatchPlanner batch = new BatchPlanner(planner);
        return batch.planAll(cases).onClose(batch::close);
    }

    /**
     * The version of the rules plans are made with now: a hash of the rule files and tables, the same as
     * {@link CarePlan#rules()} reports.
     *
     * @return the rules version, {@code sha256:} and 64 hex digits
     */
    public String rulesVersion() {
        return planner.rules().version();
    }

    /**
     * The closed vocabularies of the rules plans are made with now (settings, payer kinds, condition categories,
     * areas, and the lists of {@code vocabulary.csv}): what {@link org.careweave.io.CaseReader#read(Path, Vocabulary)}
     * checks a case against.
     *
     * @return the vocabulary; immutable
     */
    public Vocabulary vocabulary() {
        return planner.rules().vocabulary();
    }

    /**
     * Hot reload: watches a rules folder (through symbolic links) every {@code interval} and, each time it changes
     * and the new rules compile cleanly and pass {@code validate}'s checks (tables, rule literals, its scenarios
     * and the examples beside it planned), makes every new plan use them. Plans in flight finish on the rules they
     * started with. A change that does not pass is logged (file and line, no case data) and the last good rules
     * keep serving.
     *
     * <pre>{@code
     * try (RuleWatch watch = planner.watch(Path.of("rules"), Duration.ofSeconds(1))) {
     *     ... planner.plan(c) ...
     * }
     * }</pre>
     *
     * @param rulesDir the rules folder to watch
     * @param interval how often to read it; positive
     * @return the running watch; close it to stop (it runs one daemon thread)
     * @throws IllegalArgumentException if {@code interval} is zero or negative
     */
    public RuleWatch watch(Path rulesDir, Duration interval) {
        return planner.watch(rulesDir, interval, RuleWatcher.LOGGING);
    }

    /**
     * {@link #watch(Path, Duration)} every second.
     *
     * @param rulesDir the rules folder to watch
     * @return the running watch; close it to stop
     */
    public RuleWatch watch(Path rulesDir) {
        return planner.watch(rulesDir);
    }
}
