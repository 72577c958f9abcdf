package org.careweave.internal.engine;

import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.command.Command;
import org.kie.api.conf.SequentialOption;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.api.runtime.rule.QueryResults;
import org.kie.api.runtime.rule.QueryResultsRow;
import org.kie.internal.command.CommandFactory;

/**
 * Benchmark-only variants of {@link Engine#run} (same package, so it can use the engine's package-private parts),
 * to measure what Drools options would buy before any of them is adopted. Each variant must give plans equal to
 * the baseline; {@code VariantBench} checks that in setup and says so.
 */
public final class EngineVariants {

    private EngineVariants() {}

    public enum Variant {
        /** Engine.run as shipped (a pooled session; the queries read in one command). */
        BASELINE,
        /** A new session per plan and one newQuery command per conclusion type (the engine before the pool). */
        QUERIES,
        /** One GetObjects command instead of one query per conclusion type. */
        GET_OBJECTS,
        /** The engine before the preloaded table sessions: a pooled stateless session, tables inserted per plan. */
        POOLED_STATELESS,
        /**
         * POOLED_STATELESS with every table row inserted, also those of types no rule reads (the engine before
         * RuleSet.sessionTableFacts).
         */
        ALL_TABLE_ROWS,
        /** A new session per plan, configured ThreadSafeOption.NO and KeepReferenceOption.NO (the engine just before the pool). */
        UNSYNCHRONIZED_SESSION,
        /** The same DRL in a KieBase built with SequentialOption.YES. */
        SEQUENTIAL,
        /** The same DRL built as an executable model (ExecutableModelProject). */
        EXEC_MODEL
    }

    /** The rule set a variant runs on: the same rules, maybe a differently built KieBase. */
    public static RuleSet ruleSetFor(RuleSet base, Variant v) {
        return switch (v) {
            case SEQUENTIAL -> withKieBase(base, build(base.source(), false, true));
            case EXEC_MODEL -> withKieBase(base, build(base.source(), true, false));
            default -> base;
        };
    }

    public static CarePlan plan(RuleSet ruleSet, Case c, Variant v, int maxFirings) {
        return switch (v) {
            case BASELINE, SEQUENTIAL, EXEC_MODEL -> Engine.run(ruleSet, c, false, maxFirings).plan();
            case QUERIES -> queries(ruleSet, c, maxFirings);
            case GET_OBJECTS -> getObjects(ruleSet, c, maxFirings);
            case UNSYNCHRONIZED_SESSION -> unsynchronized(ruleSet, c, maxFirings);
            case POOLED_STATELESS -> Engine.run(ruleSet, c, false, maxFirings,
                    ruleSet.sessions().newStatelessKieSession(Engine.SESSION)).plan();
            case ALL_TABLE_ROWS -> {
                // The rows no rule reads go in with the case's facts: they match nothing, so only their cost counts.
                List<Object> facts = new ArrayList<>(CaseFacts.of(c));
                facts.addAll(UNREAD_ROWS.computeIfAbsent(ruleSet, EngineVariants::unreadRows));
                yield Engine.run(ruleSet, c, facts, false, maxFirings, Engine.DEFAULT_TIME_LIMIT,
                        ruleSet.sessions().newStatelessKieSession(Engine.SESSION)).plan();
            }
        };
    }

    private static final Map<RuleSet, List<Object>> UNREAD_ROWS = new java.util.concurrent.ConcurrentHashMap<>();

    private static List<Object> unreadRows(RuleSet ruleSet) {
        Set<Object> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        read.addAll(ruleSet.sessionTableFacts());
        return ruleSet.tableFacts().stream().filter(r -> !read.contains(r)).toList();
    }

    private static CarePlan getObjects(RuleSet ruleSet, Case c, int maxFirings) {
        List<String> queries = Engine.ALL_QUERIES;
        Set<String> wanted = Set.copyOf(queries);
        List<Object> facts = new ArrayList<>(ruleSet.sessionTableFacts());
        facts.addAll(CaseFacts.of(c));
        List<Command<?>> commands = List.of(
                CommandFactory.newInsertElements(facts),
                CommandFactory.newFireAllRules(maxFirings),
                CommandFactory.newGetObjects(o -> wanted.contains(o.getClass().getSimpleName()), "objects"));
        StatelessKieSession session = ruleSet.kieBase().newStatelessKieSession();
        if (ruleSet.tablesGlobal() != null) {
            session.setGlobal(org.careweave.fact.Tables.GLOBAL, ruleSet.tablesGlobal());
        }
        DecisionRecorder recorder = new DecisionRecorder(false);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (String q : queries) {
            byType.put(q, new ArrayList<>());
        }
        for (Object o : (Iterable<?>) results.getValue("objects")) {
            byType.get(o.getClass().getSimpleName()).add(o);
        }
        return PlanAssembler.assemble(c.caseId(), ruleSet, new Conclusions(byType, recorder, ruleSet), null);
    }

    /** A new session per plan with the engine's session configuration: the engine just before the pool. */
    private static CarePlan unsynchronized(RuleSet ruleSet, Case c, int maxFirings) {
        return Engine.run(ruleSet, c, false, maxFirings, ruleSet.kieBase().newStatelessKieSession(Engine.SESSION))
                .plan();
    }

    private static CarePlan queries(RuleSet ruleSet, Case c, int maxFirings) {
        List<String> queries = Engine.ALL_QUERIES;
        List<Object> facts = new ArrayList<>(ruleSet.sessionTableFacts());
        facts.addAll(CaseFacts.of(c));
        List<Command<?>> commands = new ArrayList<>();
        commands.add(CommandFactory.newInsertElements(facts));
        commands.add(CommandFactory.newFireAllRules(maxFirings));
        for (String q : queries) {
            commands.add(CommandFactory.newQuery(q, q));
        }
        StatelessKieSession session = ruleSet.kieBase().newStatelessKieSession();
        if (ruleSet.tablesGlobal() != null) {
            session.setGlobal(org.careweave.fact.Tables.GLOBAL, ruleSet.tablesGlobal());
        }
        DecisionRecorder recorder = new DecisionRecorder(false);
        session.addEventListener((AgendaEventListener) recorder);
        session.addEventListener((RuleRuntimeEventListener) recorder);
        ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
        Map<String, List<Object>> byType = new LinkedHashMap<>();
        for (String q : queries) {
            byType.put(q, rows((QueryResults) results.getValue(q)));
        }
        return PlanAssembler.assemble(c.caseId(), ruleSet, new Conclusions(byType, recorder, ruleSet), null);
    }

    /** The rows of a query, as the former Engine.run read them. */
    static List<Object> rows(QueryResults results) {
        List<Object> rows = new ArrayList<>();
        for (QueryResultsRow row : results) {
            rows.add(row.get("$fact"));
        }
        return rows;
    }

    /** Builds a KieBase from a source the way RuleSet.compile does, optionally as exec model or sequential. */
    public static KieBase build(RuleSource source, boolean execModel, boolean sequential) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("org.careweave.bench", "variant-" + System.nanoTime(), "1.0.0");
        kfs.generateAndWritePomXML(id);
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                kfs.write("src/main/resources/rules/" + e.getKey(), e.getValue());
            }
        }
        // The engine reads its conclusions with these queries, so every variant needs them.
        try (var in = RuleSet.class.getResourceAsStream("/org/careweave/internal/engine/queries.drl")) {
            kfs.write("src/main/resources/org/careweave/internal/engine/queries.drl", new String(in.readAllBytes()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        KieBuilder builder = ks.newKieBuilder(kfs);
        if (execModel) {
            builder.buildAll(org.drools.model.codegen.ExecutableModelProject.class);
        } else {
            builder.buildAll();
        }
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("variant build failed: " + errors);
        }
        KieContainer container = ks.newKieContainer(id);
        KieBase kieBase;
        if (sequential) {
            KieBaseConfiguration conf = ks.newKieBaseConfiguration();
            conf.setOption(SequentialOption.YES);
            kieBase = container.newKieBase(conf);
        } else {
            kieBase = container.getKieBase();
        }
        ks.getRepository().removeKieModule(id);
        return kieBase;
    }

    private static RuleSet withKieBase(RuleSet base, KieBase kieBase) {
        try {
            Constructor<RuleSet> ctor = RuleSet.class.getDeclaredConstructor(RuleSource.class, KieBase.class,
                    List.class, Map.class);
            ctor.setAccessible(true);
            return ctor.newInstance(base.source(), kieBase, base.tableFacts(), base.rules());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("RuleSet's constructor changed; update EngineVariants", e);
        }
    }
}
