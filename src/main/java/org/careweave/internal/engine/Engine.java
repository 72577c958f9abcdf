package org.careweave.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.careweave.PlanningException;
import org.careweave.internal.billing.BillingQueries;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.kie.api.KieServices;
import org.kie.api.command.Command;
import org.kie.api.command.ExecutableCommand;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.Context;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.conf.KeepReferenceOption;
import org.kie.api.runtime.conf.ThreadSafeOption;
import org.kie.internal.command.CommandFactory;
import org.kie.internal.command.RegistryContext;

/**
 * Runs one case through a rule set: in a stateful session already holding the table rows (TableSessions; untraced
 * plans), or in a stateless session from the rule set's pool with the table rows inserted (traced plans); fire with a
 * bound, read the conclusions back with the engine's queries (queries.drl), assemble the plan.
 */
public final class Engine {

    /** Query names the engine reads; each is the simple name of a fact type (see queries.drl). */
    static final List<String> QUERIES = List.of("Need", "Problem", "Lead", "Indication", "NoIndication", "Referral",
            "PlanGoal", "Intervention", "Schedule", "Alert", "PlanPrecaution", "DischargeSetting",
            "DischargeEquipment", "HomeProgram", "DischargeReferral");

    /**
     * Each stateless execute builds a session that only the calling thread touches, so Drools' own locking is
     * not needed (ThreadSafeOption.NO) nor is the KieBase's reference to the session (KeepReferenceOption.NO).
     * Identical plans, ~5% less CPU per plan on the merged rules (src/bench/RESULTS.md, UNSYNCHRONIZED_SESSION).
     */
    static final KieSessionConfiguration SESSION = sessionConfiguration();

    private Engine() {}

    private static KieSessionConfiguration sessionConfiguration() {
        KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
        conf.setOption(ThreadSafeOption.NO);
        conf.setOption(KeepReferenceOption.NO);
        return conf;
    }

    /** The outcome of one run: the plan and how often each rule fired (for coverage). */
    public record Run(CarePlan plan, Map<String, Integer> firings) {}

    /** Every read-back name: the engine's conclusion types, then billing's (queries.drl). */
    static final List<String> ALL_QUERIES = allQueries();

    private static List<String> allQueries() {
        List<String> queries = new ArrayList<>(QUERIES);
        queries.addAll(org.careweave.internal.billing.BillingQueries.NAMES);
        return List.copyOf(queries);
    }

    /**
     * Plans one case in a session from the rule set's pool. A pooled session is reset by Drools when the previous
     * plan disposed it (working memory, agenda, truth maintenance, fact handle counters, listeners), so the plan
     * is the one a new session gives (GoldenPlansTest, SessionPoolTest), without rebuilding the session's node
     * and segment memories for every plan (src/bench/RESULTS.md, "Profile").
     */
    public static Run run(RuleSet ruleSet, Case c, boolean trace, int maxFirings) {
        return run(ruleSet, c, trace, maxFirings, DEFAULT_TIME_LIMIT);
    }

    /**
     * Firings allowed per fact of the case on top of the base budget: a rule may rightly fire once per service,
     * per pair of services, per date... so a case with 500 visits needs more firings than one with 5, and a
     * big case must not be blamed on the rules (a case has at most {@code CaseReader}'s documented size).
     */
    public static final int FIRINGS_PER_FACT = 50;

    /** Longest a plan may take (wall clock) before it is stopped and the rule that was running is named. */
    public static final java.time.Duration DEFAULT_TIME_LIMIT = java.time.Duration.ofSeconds(60);

    /**
     * As {@link #run(RuleSet, Case, boolean, int)} with a time limit: if the plan is still firing rules after
     * {@code timeLimit}, it is stopped with a {@link PlanningException} naming the rule that was running.
     *
     * @param maxFirings the base firing budget; the session may fire {@code maxFirings + FIRINGS_PER_FACT * n}
     *                   times for a case of {@code n} facts
     * @throws PlanningException when the budget or the time runs out, or a rule's consequence throws (the
     *                           message names the rule and its file, never the exception's own message, which
     *                           may quote the case)
     */
    public static Run run(RuleSet ruleSet, Case c, boolean trace, int maxFirings, java.time.Duration timeLimit) {
        // A traced plan lists every firing in order; in a preloaded session the table rows' joins were made before
        // the case arrived, so the same matches fire in another order. Traces (an authoring aid) are therefore
        // made in a session loaded for the plan, as before, and stay what they were; plans are identical either
        // way (GoldenPlansTest, SessionPoolTest).
        //
        // A preloaded session saves inserting the table rows (~80-150 µs CPU a plan). Afterwards a small plan's case
        // facts are deleted, which withdraws every conclusion drawn from them at about what drawing them cost; a big
        // plan (a long claim) leaves too many for that, and its session is reset and reloaded instead, which costs
        // what the pooled session's reset and row insertion did (TableSessions, RELOAD_ABOVE). So every untraced
        // plan is made in a preloaded session, whatever the case's size (src/bench/RESULTS.md, "Issue 15, 1
        // December (second session)": it replaced a limit of 10 case facts, above which the pooled session was used).
        TableSessions sessions = ruleSet.tableSessions();
        List<Object> caseFacts = CaseFacts.of(c);
        if (!trace && sessions.usable()) {
            return runPreloaded(ruleSet, c, caseFacts, maxFirings, timeLimit, sessions);
        }
        return run(ruleSet, c, caseFacts, trace, maxFirings, timeLimit,
                ruleSet.sessions().newStatelessKieSession(SESSION));
    }

    /**
     * Plans one case in a stateful session that already holds the table rows (TableSessions): only the case's
     * facts are inserted; afterwards the session is brought back to its table-only state (the case's facts deleted,
     * or after a big plan a reset and the rows reloaded) and checked before another plan may use it (else it is
     * disposed). Same plans as a new session (GoldenPlansTest, SessionPoolTest).
     */
    private static Run runPreloaded(RuleSet ruleSet, Case c, List<Object> caseFacts, int baseFirings,
            java.time.Duration timeLimit, TableSessions sessions) {
        boolean trace = false;
        int maxFirings = (int) Math.min(Integer.MAX_VALUE, baseFirings + (long) FIRINGS_PER_FACT * caseFacts.size());
        DecisionRecorder recorder = new DecisionRecorder(trace, System.nanoTime() + timeLimit.toNanos());
        TableSessions.TableSession ts = sessions.take();
        KieSession session = ts.session;
        boolean ended = false;
        Map<String, List<Object>> byType;
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        try {
            ts.insert(caseFacts);
            session.fireAllRules(maxFirings);
            byType = ruleSet.readBack().read(session, recorder.insertedClasses());
            ended = recorder.timedOut() == null && recorder.totalFirings() < maxFirings;
        } catch (RuntimeException e) {
            throw consequenceFailed(ruleSet, e);
        } finally {
            session.removeEventListener((AgendaEventListener) recorder);
            session.removeEventListener((RuleRuntimeEventListener) recorder);
            sessions.giveBack(ts, ended, recorder.insertedHandles());
        }
        return finish(ruleSet, c, trace, baseFirings, timeLimit, maxFirings, recorder, byType);
    }

    /** As {@link #run(RuleSet, Case, boolean, int)}, in the given session (tests compare with a new session). */
    static Run run(RuleSet ruleSet, Case c, boolean trace, int maxFirings, StatelessKieSession session) {
        return run(ruleSet, c, CaseFacts.of(c), trace, maxFirings, DEFAULT_TIME_LIMIT, session);
    }

    /** As {@link #run(RuleSet, Case, boolean, int)}, always in a preloaded session (tests). */
    static Run runPreloaded(RuleSet ruleSet, Case c, int maxFirings) {
        return runPreloaded(ruleSet, c, CaseFacts.of(c), maxFirings, DEFAULT_TIME_LIMIT, ruleSet.tableSessions());
    }

    static Run run(RuleSet ruleSet, Case c, List<Object> caseFacts, boolean trace, int baseFirings,
            java.time.Duration timeLimit, StatelessKieSession session) {
        List<Object> tables = ruleSet.sessionTableFacts();
        List<Object> facts = new ArrayList<>(tables.size() + caseFacts.size());
        facts.addAll(tables);
        facts.addAll(caseFacts);
        int maxFirings = (int) Math.min(Integer.MAX_VALUE, baseFirings + (long) FIRINGS_PER_FACT * caseFacts.size());

        // Conclusions are read back with the engine's queries (queries.drl), one per conclusion type, in one command
        // of our own inside the session (ReadQueries): it takes each row's $fact straight from the live results
        // instead of copying every result set into a detached FlatQueryResults first (ReadBackTest checks both
        // give the same facts). Reading them off the recorder's insert events instead was measured and dropped:
        // about 5% less CPU, not worth leaving the documented way rules hand results to their caller.
        DecisionRecorder recorder = new DecisionRecorder(trace, System.nanoTime() + timeLimit.toNanos());
        ReadQueries read = new ReadQueries(ruleSet.readBack(), recorder);
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(maxFirings),
                read);

        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        if (ruleSet.tablesGlobal() != null) {
            session.setGlobal(org.careweave.fact.Tables.GLOBAL, ruleSet.tablesGlobal());
        }
        try {
            session.execute(CommandFactory.newBatchExecution(commands));
        } catch (RuntimeException e) {
            throw consequenceFailed(ruleSet, e);
        }

        return finish(ruleSet, c, trace, baseFirings, timeLimit, maxFirings, recorder, read.byType);
    }

    private static Run finish(RuleSet ruleSet, Case c, boolean trace, int baseFirings, java.time.Duration timeLimit,
            int maxFirings, DecisionRecorder recorder, Map<String, List<Object>> byType) {
        if (recorder.timedOut() != null) {
            String rule = recorder.timedOut();
            throw new PlanningException("the plan took longer than " + timeLimit.toMillis() + " ms: rule \"" + rule
                    + "\"" + where(ruleSet, rule) + " was running when the time ran out");
        }
        if (recorder.totalFirings() >= maxFirings) {
            String rule = recorder.mostFired();
            throw new PlanningException("rules stopped after " + maxFirings + " firings (" + baseFirings + " + "
                    + FIRINGS_PER_FACT + " per fact of the case): rule \"" + rule + "\"" + where(ruleSet, rule)
                    + " fired " + recorder.firings().get(rule) + " times; it probably re-activates itself");
        }

        ConclusionCheck.check(byType, recorder, ruleSet);
        Conclusions conclusions = new Conclusions(byType, recorder, ruleSet);
        CarePlan plan = PlanAssembler.assemble(c.caseId(), ruleSet, conclusions, trace ? recorder.log() : null);
        // The recorder belongs to this plan alone, so a read-only view of its counts needs no copy.
        return new Run(plan, java.util.Collections.unmodifiableMap(recorder.firings()));
    }

    /**
     * {@code " in <file>"} for an error about {@code rule}, the file named as the rules folder was given
     * ({@code my-rules/split/split.drl}; {@code rules/...} for bundled rules), else empty.
     */
    static String where(RuleSet ruleSet, String rule) {
        RuleSet.RuleInfo info = ruleSet.rule(rule);
        return info != null && info.file() != null ? " in " + ruleSet.source().locate(info.file()) : "";
    }

    /**
     * A consequence threw (Drools wraps it in a ConsequenceException, itself sometimes wrapped by the command
     * runner): the plan fails naming the rule and its file and the kind of exception, not its message, which
     * may quote the case's values (a date, a code); a condition threw ({@link #conditionFailed}): the rule that
     * holds it. A PlanningException thrown by a rule passes through.
     */
    private static RuntimeException consequenceFailed(RuleSet ruleSet, RuntimeException e) {
        // A condition that throws while a consequence inserts a fact is wrapped in that consequence's exception: the
        // rule whose condition threw is the one to name, not the rule that inserted the fact it was tested on.
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof PlanningException p) {
                return p;
            }
            if (t instanceof org.drools.mvel.ConstraintEvaluationException) {
                RuleFailure failure = conditionFailed(ruleSet, t);
                if (failure != null) {
                    return failure;
                }
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PlanningException p) {
                return p;
            }
            if (t instanceof org.kie.api.runtime.rule.ConsequenceException ce) {
                String rule = ce.getMatch() == null ? "?" : ce.getMatch().getRule().getName();
                Throwable cause = ce.getCause() == null ? ce : ce.getCause();
                return new RuleFailure(ruleSet, rule, "failed: " + cause.getClass().getSimpleName()
                        + " in its consequence");
            }
        }
        return e;
    }

    /** Drools' words for a condition that threw: the constraint's DRL text, then the rules that share its node. */
    private static final java.util.regex.Pattern FAILED_CONDITION = java.util.regex.Pattern.compile(
            "Error evaluating constraint '(.*)' in \\[(.*)\\]", java.util.regex.Pattern.DOTALL);
    private static final java.util.regex.Pattern RULE_NAMED = java.util.regex.Pattern.compile("Rule \"([^\"]+)\"");

    /**
     * A condition threw while the network matched (a field that can be null given to {@code startsWith}, the lint's
     * {@code JitNullGuards} warning): the plan fails naming the first rule of this rule set that holds the condition,
     * its file, the kind of exception and the condition's DRL text (the rule author's words, cut at 200 characters;
     * never the exception's own message, which may quote the case's values); null when Drools' message names no rule
     * of this rule set (then the plan fails as before, by the exception's kind only).
     */
    private static RuleFailure conditionFailed(RuleSet ruleSet, Throwable t) {
        java.util.regex.Matcher m = FAILED_CONDITION.matcher(String.valueOf(t.getMessage()));
        if (!m.find()) {
            return null;
        }
        String condition = m.group(1).strip().replaceAll("\\s+", " ");
        if (condition.length() > 200) {
            condition = condition.substring(0, 200) + "...";
        }
        java.util.regex.Matcher rules = RULE_NAMED.matcher(m.group(2));
        while (rules.find()) {
            if (ruleSet.rule(rules.group(1)) != null) {
                // MVEL wraps what the condition threw (PropertyAccessException): the innermost cause says what
                Throwable cause = t;
                while (cause.getCause() != null && cause.getCause() != cause) {
                    cause = cause.getCause();
                }
                return new RuleFailure(ruleSet, rules.group(1), "failed: " + cause.getClass().getSimpleName()
                        + " in its condition " + condition);
            }
        }
        return null;
    }

    /**
     * Runs the read-back queries ({@code $fact : Type()}) in the session after firing and keeps their rows' facts,
     * in the order each query returns them, as {@code CommandFactory.newQuery} would, without the copy; a query that
     * cannot have a row (ReadBack: no fact of its type was inserted) reads as no rows without being run.
     */
    static final class ReadQueries implements ExecutableCommand<Void> {
        private final ReadBack readBack;
        private final DecisionRecorder recorder;
        final Map<String, List<Object>> byType = new LinkedHashMap<>();

        ReadQueries(ReadBack readBack, DecisionRecorder recorder) {
            this.readBack = readBack;
            this.recorder = recorder;
        }

        @Override
        public Void execute(Context context) {
            byType.putAll(readBack.read(((RegistryContext) context).lookup(KieSession.class),
                    recorder.insertedClasses()));
            return null;
        }
    }
}
