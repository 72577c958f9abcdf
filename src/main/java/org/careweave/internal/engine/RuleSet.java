package org.careweave.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.fact.CodeInfo;
import org.careweave.model.Vocabulary;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderConfigurationImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.builder.impl.KnowledgeBuilderRulesConfigurationImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule.CompilationCache;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.conf.ParallelRulesBuildThresholdOption;
import org.kie.internal.conf.IndexLeftBetaMemoryOption;
import org.kie.internal.io.ResourceFactory;

/**
 * A compiled rule set: one KieBase, the reference tables as facts, and what is known about each rule (file,
 * {@code @source}). Immutable and shared by every plan made with it.
 */
public final class RuleSet {

    /** Where the engine's own DRL (queries) is written in the build; not part of {@code rules/}. */
    private static final String ENGINE_DRL = "org/careweave/internal/engine/queries.drl";
    private static final String KFS_RULES = "src/main/resources/rules/";

    /**
     * A knowledge builder configuration for careweave's rules, loading classes through {@code loader} (null: Drools'
     * default), that builds a package's rules one after another. Drools otherwise builds a package of more than 10
     * rules on a fork-join pool, and there the careweave.plan package (rules of many files) was built now and then with
     * one file's fact types resolved without that file's imports: a folder with one mistake elsewhere refused with
     * "unable to resolve method using strict-mode: careweave.plan.PrecautionText.condition()" in the sound
     * plan/post-exertional-malaise.drl (two CI runs in issue 15's seventeenth session; Drools' parallel rule build has
     * had such races before: apache/incubator-kie-issues#1738, apache/incubator-kie#6706). The same rules in the same
     * order, never racing. The KieBuilder, which takes no configuration, reads the same threshold through
     * RuleClassLoader ({@link RuleClassLoader#BUILD_PROPERTIES}).
     */
    static KnowledgeBuilderConfiguration builderConfiguration(ClassLoader loader) {
        KnowledgeBuilderConfiguration conf = loader == null
                ? KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration()
                : KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(loader);
        conf.setOption(ParallelRulesBuildThresholdOption.get(-1));
        return conf;
    }
    /** How the KieBuilder names a rule file in the recorded load order ({@code rules/needs/findings.drl}). */
    private static final String RULES = "rules/";
    private static final AtomicLong BUILDS = new AtomicLong();

    /** How many times the KieBuilder (the full DRL build, tens of seconds) ran: tests check a failure skips it. */
    static final AtomicLong KIE_BUILDS = new AtomicLong();

    /** How many times the checks beside the build ran in full (not known clean from the build): tests. */
    static final AtomicLong FULL_CHECKS = new AtomicLong();

    /** The problem of a rule set without a {@code tables/} folder (reported at {@code <folder>/tables/}). */
    public static final String NO_TABLES = "missing: the rules need their tables (areas.csv, codes.csv, "
            + "disciplines.csv, payers.csv, ...)";

    /** Words of the problem of a file that repeats another's rules, functions or types (a copy in the folder). */
    public static final String REPEATED = DuplicateDefinitions.MARK;

    private final RuleSource source;
    private final KieBase kieBase;
    /**
     * Plans' sessions come from a pool over the KieBase: a session disposed after a plan is reset (working memory,
     * agenda, fact handles, listeners) and handed to the next plan with its node and segment memories already
     * built, instead of building them again per plan (see Engine).
     */
    private final KieSessionsPool sessions;
    private final List<Object> tableFacts;
    /**
     * The table rows a plan's session gets: those of a type some rule's pattern matches. Rows no rule reads (the
     * vocabulary, the source catalogue, condition and setting labels: read by Java only) are left out, since
     * inserting them costs every plan and can conclude nothing.
     */
    private final List<Object> sessionTableFacts;
    /**
     * The index rules reach with {@code from tables.area($a)} ({@link org.careweave.fact.Tables}), given to every
     * session as the global {@code tables}; null when no rule file declares that global.
     */
    private final org.careweave.fact.Tables tablesGlobal;
    /** Stateful sessions that already hold the table rows (Engine): a plan inserts only its case's facts. */
    private final TableSessions tableSessions;
    /** The engine's read-back queries with the fact type each matches (Engine). */
    private final ReadBack readBack;
    private final Map<String, RuleInfo> rules;
    /** The same rules for look-ups by name, once or more per plan: hashing beats comparing long names in a tree. */
    private final Map<String, RuleInfo> byName;
    /** The codes table's descriptions by code, for the plan's intervention items (read once, not per plan). */
    private final Map<String, String> codeDescriptions;
    /** What a case read for this rule set may say (its tables, see {@link Vocabularies}). */
    private final org.careweave.model.Vocabulary vocabulary;
    /** Each area's row number in areas.csv, the order goals are listed in (read once, not per plan). */
    private final Map<String, Integer> areaOrder;

    /** How the KieBase was made (CompiledRules, CompiledPackages); tests. */
    private final Built built;
    /** A seed article's id: the file name it was stored under, which no reader can look up. */
    private static final java.util.regex.Pattern SEED_KEY = java.util.regex.Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    /** sources.csv's seed articles (their file key as id, a title): the id -> the article's title, site and year. */
    private final Map<String, String> articleTitles;
    /** {@link #cite} of each source text met (the texts are the rules' and table rows' own: a bounded set). */
    private final java.util.concurrent.ConcurrentHashMap<String, String> cited =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** How a rule set's KieBase was made. */
    enum Built {
        /** Built from the DRL by the KieBuilder, every class compiled at run time. */
        COMPILED,
        /** Built from the DRL with the Java classes compiled when careweave was built (CompiledRules). */
        CLASSES,
        /** From the knowledge packages built when careweave was built (CompiledPackages): only the network is built. */
        PACKAGES
    }

    /** Whether the Java classes compiled with careweave were used, by themselves or inside its packages; tests. */
    boolean precompiled() {
        return built != Built.COMPILED;
    }

    /** How this rule set's KieBase was made; tests. */
    Built built() {
        return built;
    }

    private RuleSet(RuleSource source, KieBase kieBase, List<Object> tableFacts, Map<String, RuleInfo> rules,
            Built built) {
        this.built = built;
        this.source = source;
        this.kieBase = kieBase;
        this.sessions = kieBase.newKieSessionsPool(1);
        this.tableFacts = List.copyOf(tableFacts);
        this.sessionTableFacts = rowsRulesRead(kieBase, this.tableFacts);
        this.tablesGlobal = declaresTables(kieBase)
                ? org.careweave.fact.Tables.of(indexed(source, this.tableFacts)) : null;
        this.tableSessions = new TableSessions(kieBase, this.sessionTableFacts, this.tablesGlobal);
        this.readBack = new ReadBack(kieBase, Engine.ALL_QUERIES, this.sessionTableFacts);
        this.rules = java.util.Collections.unmodifiableMap(rules);
        this.byName = Map.copyOf(rules);
        Map<String, String> descriptions = new TreeMap<>();
        Map<String, Integer> order = new java.util.HashMap<>();
        Map<String, String> articles = new TreeMap<>();
        for (Object row : this.tableFacts) {
            if (row instanceof org.careweave.fact.CodeInfo code) {
                descriptions.put(code.code(), code.description());
            } else if (row instanceof org.careweave.fact.AreaInfo area) {
                order.putIfAbsent(area.area(), order.size());
            } else if (row instanceof org.careweave.fact.SourceInfo cited && "article".equals(cited.kind())
                    && cited.id() != null && SEED_KEY.matcher(cited.id()).matches() && cited.title() != null
                    && !cited.title().isBlank()) {
                articles.put(cited.id(), cited.title());
            }
        }
        this.articleTitles = Map.copyOf(articles);
        this.areaOrder = Map.copyOf(order);
        this.codeDescriptions = java.util.Collections.unmodifiableMap(descriptions);
        this.vocabulary = Vocabularies.of(this.tableFacts, source.origin().equals("bundled"));
    }

    /**
     * Compiles a rule source. Throws {@link RuleBuildException} listing every compile and table problem as
     * {@code <folder>/<file>:<line>: <message>} ({@code <folder>} as the rules folder was given, {@code rules} for
     * bundled rules; see {@link RuleSource#locate(String)}): DRL compile errors, table rows that do not load, and
     * {@link TableLinter}'s checks across rows (repeated keys, values outside enumerated columns, required rows, a
     * missing {@code tables/} folder), and {@link RuleLiterals}' string literals outside the tables (a discipline
     * {@code "PT"}, a misspelt area) in any rule. Never returns a partly built rule set.
     */
    public static RuleSet compile(RuleSource source) {
        return compile(source, true);
    }

    /**
     * The problems {@link #compile(RuleSource)} would list for {@code source}, found without building its DRL, when
     * that DRL is the one careweave was built with (which builds clean, so only the checks beside the build, of
     * tables and rule literals, can find anything); null when the DRL is another, which only a build can judge. For
     * a command that already knows the folder is wrong and wants every problem of it said in one run.
     *
     * @return the problems as compile would throw them (located, by file and line), empty when there are none; or
     *         null
     */
    public static List<RuleProblem> problemsWithoutBuilding(RuleSource source) {
        if (!CompiledRules.isBuiltWith(CompiledRules.fingerprint(source, engineDrl()))) {
            return null;
        }
        return located(source, check(source).problems());
    }

    /**
     * Problems as every path of {@link #compile} and {@link #problemsWithoutBuilding} list them: each once (the
     * compiler and the checks can find the same one), named as the folder was given ({@link RuleSource#locate}),
     * by file and line, problems of one line in the order found.
     */
    private static List<RuleProblem> located(RuleSource source, List<RuleProblem> problems) {
        return problems.stream().distinct().map(source::locate)
                .sorted(Comparator.comparing(RuleProblem::file).thenComparingInt(RuleProblem::line)).toList();
    }

    /**
     * As {@link #compile(RuleSource)}; with {@code precompiled}, rules whose DRL is exactly the bundled DRL take the
     * knowledge packages built when careweave was built (CompiledPackages), or failing those the Java classes compiled
     * then (CompiledRules), instead of building them again.
     */
    static RuleSet compile(RuleSource source, boolean precompiled) {
        return compile(source, precompiled, CompiledPackages::bundled);
    }

    /**
     * As {@link #compile(RuleSource, boolean)}, the packages read from {@code packages} (null: not tried): tests give
     * a damaged or stale resource.
     */
    static RuleSet compile(RuleSource source, boolean precompiled, java.util.function.Supplier<InputStream> packages) {
        // The table and text checks need nothing from the DRL build, nor it from them: they run on a thread of their
        // own while this one builds the KieBase (on 2 cores, a cold start's checks then cost almost no wall time).
        FutureTask<Checked> checks = new FutureTask<>(() -> check(source));
        Thread checker = new Thread(checks, "careweave-rule-checks");
        checker.setDaemon(true);
        checker.start();
        boolean anyDrl = source.files().keySet().stream().anyMatch(f -> f.endsWith(".drl"));
        if (precompiled && anyDrl) {
            String fingerprint = CompiledRules.fingerprint(source, engineDrl());
            RuleSet fast = packages == null ? null : fromBuiltPackages(source, fingerprint, packages, checks);
            if (fast == null) {
                fast = fromCompiledClasses(source, fingerprint, checks);
            }
            if (fast != null) {
                return fast; // nothing was added to the KieRepository: the KieBuilder never ran
            }
        }

        // The KieBuilder's in-memory project is made only now: the prebuilt paths above never read it, and making it
        // (a pom, 1 MB of DRL copied) cost a cold start ~40 ms.
        List<RuleProblem> problems = new ArrayList<>();
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        // A release id of our own per build: the KieRepository is global, and a shared default id would let
        // two builds (tests, hot reload) overwrite each other.
        ReleaseId releaseId = ks.newReleaseId("org.careweave.rules", "rules-" + BUILDS.incrementAndGet(), "1.0.0");
        kfs.generateAndWritePomXML(releaseId);
        for (Map.Entry<String, String> e : source.files().entrySet()) {
            if (e.getKey().endsWith(".drl")) {
                kfs.write(KFS_RULES + e.getKey(), e.getValue());
            }
        }
        if (!anyDrl) {
            problems.add(new RuleProblem("rules/", 0, "no .drl files"));
        }
        kfs.write("src/main/resources/" + ENGINE_DRL, engineDrl());

        KieBuilder builder;
        try {
            KIE_BUILDS.incrementAndGet();
            builder = ks.newKieBuilder(kfs, RuleClassLoader.INSTANCE).buildAll();
        } catch (RuntimeException crash) {
            // Drools' rule compiler stops on a few constructs (str[beginsWith], after[1d,2d,3d]) with an exception
            // that names no file, line or rule: the checks say where when they know the construct, else the rule
            // that makes it stop is searched for (CompilerStops); never a stack trace.
            ks.getRepository().removeKieModule(releaseId);
            problems.addAll(0, checked(checks).problems());
            if (problems.stream().noneMatch(p -> p.message().contains(JitOperators.NOT_AN_OPERATOR))) {
                problems.add(CompilerStops.problem(source.files(), crash));
            } else {
                // The stop hid every other error of the DRL: built again with the operators reported above written
                // as ==, the rest is listed with them in one run (as a misnamed OVER.DRL is).
                problems.addAll(afterStops(source));
            }
            throw new RuleBuildException(located(source, problems));
        }
        List<RuleProblem> compileProblems = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            compileProblems.add(CompileErrors.problem(displayPath(m.getPath()), Math.max(m.getLine(), 0), m.getText()));
        }
        if (!compileProblems.isEmpty()) {
            // The KieBuilder's messages put a consequence's mistake at the rule's first line and say a misspelt
            // field three times; the knowledge builder's errors say where and what (CompileErrors).
            List<RuleProblem> precise = CompileErrors.of(source, ENGINE_DRL, engineDrl());
            if (!precise.isEmpty()) {
                compileProblems = new ArrayList<>(precise.stream()
                        .map(p -> new RuleProblem(displayPath(p.file()), p.line(), p.column(), p.message())).toList());
            }
        }
        Checked checked = checked(checks);
        List<Object> tables = checked.tables();
        problems.addAll(0, checked.problems());
        // A bad regular expression is said at its line by RegexLiterals; Drools' message for it names the file only.
        java.util.Set<String> badRegex = checked.problems().stream()
                .filter(p -> p.message().contains(RegexLiterals.MARK)).map(RuleProblem::file)
                .collect(java.util.stream.Collectors.toSet());
        compileProblems.removeIf(p -> badRegex.contains(p.file()) && p.message().contains(RegexLiterals.DROOLS_WORDS));
        if (!checked.duplicates().isEmpty()) {
            compileProblems.removeIf(p -> p.message().contains(" is already defined")
                    || p.message().startsWith("Duplicate rule name") || p.message().startsWith("Duplicate function"));
        }
        problems.addAll(withoutEchoes(compileProblems));
        if (!problems.isEmpty()) {
            ks.getRepository().removeKieModule(releaseId);
            throw new RuleBuildException(located(source, problems));
        }
        KieContainer container = ks.newKieContainer(releaseId, RuleClassLoader.INSTANCE);
        KieBase kieBase = container.newKieBase(withEngineOptions(ks.newKieBaseConfiguration()));
        ks.getRepository().removeKieModule(releaseId);
        List<RuleProblem> globals = wrongTablesGlobal(kieBase);
        // An unclosed annotation can swallow whole rules without a syntax error: a rule declared but not built is
        // an error, never a set that silently plans with fewer rules.
        globals.addAll(UnbuiltRules.check(source.files(), kieBase));
        // A rule without @source would give reasons without a source: refused here, not only by validate.
        globals.addAll(UnsourcedRules.check(source.files(), kieBase));
        if (!globals.isEmpty()) {
            throw new RuleBuildException(located(source, globals));
        }
        return new RuleSet(source, kieBase, tables, describe(kieBase), Built.COMPILED);
    }

    /**
     * The problems of {@code source} built again without the {@code str} operators the rule compiler stops on
     * ({@link JitOperators#withoutStops}), lines and columns unchanged; none when that build succeeds. Named as
     * the checks name files ({@code rules/<path>}), for {@link RuleSource#locate}.
     */
    private static List<RuleProblem> afterStops(RuleSource source) {
        RuleSource patched = RuleSource.of(source.origin(), JitOperators.withoutStops(source.files()));
        if (patched.files().equals(source.files())) {
            return List.of();
        }
        try {
            compile(patched, false);
            return List.of();
        } catch (RuleBuildException e) {
            return e.problems();
        }
    }

    /**
     * The rule set made from the knowledge packages built with careweave (CompiledPackages), when the source's DRL is
     * the one they were built from: the packages are read from {@code packages} while the checks run beside, and only
     * the network is built. Null when there are no packages for this DRL, or they cannot be read or added to a
     * KieBase (then the rules are built as before).
     *
     * @throws RuleBuildException when the DRL is the one careweave was built with but the checks beside the build
     *                            (tables, rule literals) find problems: exactly what the usual build would list
     */
    private static RuleSet fromBuiltPackages(RuleSource source, String fingerprint,
            java.util.function.Supplier<InputStream> packages, FutureTask<Checked> checks) {
        List<KiePackage> built = CompiledPackages.read(packages, fingerprint);
        if (built == null) {
            return null;
        }
        Checked checked = checked(checks);
        if (!checked.problems().isEmpty()) {
            // as fromCompiledClasses: the DRL builds clean, the checks' problems are all there is
            throw new RuleBuildException(located(source, checked.problems()));
        }
        InternalKnowledgeBase kieBase;
        try {
            kieBase = KnowledgeBaseFactory.newKnowledgeBase(withEngineOptions(
                    RuleBaseFactory.newKnowledgeBaseConfiguration(null, RuleClassLoader.INSTANCE)));
            kieBase.addPackages(built);
        } catch (RuntimeException | LinkageError e) {
            return null; // packages that read but do not wire (a class changed shape): built as before
        }
        if (!wrongTablesGlobal(kieBase).isEmpty()) {
            return null;
        }
        return new RuleSet(source, kieBase, checked.tables(), describe(kieBase), Built.PACKAGES);
    }

    /**
     * The rule set built with the Java classes compiled with careweave (CompiledRules), when the source's DRL is the
     * one they were compiled from and nothing is wrong with it; null when the DRL is another (then the usual build
     * runs and reports what is wrong, file by file).
     *
     * @throws RuleBuildException when the DRL is the one careweave was built with but the checks beside the build
     *                            (tables, rule literals) find problems: exactly what the usual build would list
     */
    private static RuleSet fromCompiledClasses(RuleSource source, String fingerprint, FutureTask<Checked> checks) {
        CompiledRules.Precompiled precompiled = CompiledRules.forFingerprint(fingerprint);
        if (precompiled == null) {
            return null;
        }
        KnowledgeBuilder builder = withCompiledClasses(source, precompiled);
        if (builder == null) {
            return null;
        }
        Checked checked = checked(checks);
        if (!checked.problems().isEmpty()) {
            // The DRL is the one careweave was built with and has just built clean, so the usual build (tens of
            // seconds) could add no problem of its own to the checks' (tables, literals): they are all there is, said
            // now. A library user's fromDirectory on a folder with a broken table fails in seconds, as the CLI does.
            throw new RuleBuildException(located(source, checked.problems()));
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase(withEngineOptions(
                RuleBaseFactory.newKnowledgeBaseConfiguration(null, ((KnowledgeBuilderImpl) builder).getRootClassLoader())));
        kieBase.addPackages(builder.getKnowledgePackages());
        if (!wrongTablesGlobal(kieBase).isEmpty()) {
            return null;
        }
        return new RuleSet(source, kieBase, checked.tables(), describe(kieBase), Built.CLASSES);
    }

    /**
     * A knowledge builder that has built {@code source}'s DRL with the classes compiled with careweave, its files
     * given in the recorded order; null when a recorded file is missing, a DRL file was not recorded, or the build has
     * errors. Its packages are what {@link #fromCompiledClasses} plans with and what the build step stores
     * (CompiledPackages).
     */
    static KnowledgeBuilder withCompiledClasses(RuleSource source, CompiledRules.Precompiled precompiled) {
        CompilationCache cache = precompiled.cache();
        KnowledgeBuilderConfiguration conf = builderConfiguration(RuleClassLoader.INSTANCE);
        // the Java dialect asks the builder's configuration whether a class is precompiled; the rules' part of it is
        // given the same cache so either view answers the same
        conf.as(KnowledgeBuilderConfigurationImpl.KEY).setCompilationCache(cache);
        conf.as(KnowledgeBuilderRulesConfigurationImpl.KEY).setCompilationCache(cache);
        KnowledgeBuilder builder =
                KnowledgeBuilderFactory.newKnowledgeBuilder(conf);
        // The files in the order the KieBuilder took them when the classes were compiled, so rules load, and rules of
        // equal salience fire, in the same order as in the usual build: traces are the same (CompiledRulesTest).
        CompositeKnowledgeBuilder batch = builder.batch();
        int drls = 0;
        for (String name : precompiled.files()) {
            String text = name.equals(ENGINE_DRL) ? engineDrl()
                    : name.startsWith(RULES) ? source.files().get(name.substring(RULES.length())) : null;
            if (text == null || !name.endsWith(".drl")) {
                return null;
            }
            batch.add(drl(name, text.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
            drls++;
        }
        if (drls != source.files().keySet().stream().filter(f -> f.endsWith(".drl")).count() + 1) {
            return null; // a file without rules, say: take the usual build rather than guess its place
        }
        batch.build();
        return builder.hasErrors() ? null : builder;
    }

    /**
     * The KieBase options of every build, precompiled or not (the two must plan alike). Left (tuple-side) beta
     * memories unindexed: a plan's session holds a few dozen tuples per join, so the hash tables Drools builds per
     * join and per session cost more than a scan (src/bench/RESULTS.md, "Rule tuning": -6 to -7% CPU per plan, plans
     * identical by GoldenPlansTest). Right memories stay indexed.
     */
    private static KieBaseConfiguration withEngineOptions(KieBaseConfiguration conf) {
        conf.setOption(IndexLeftBetaMemoryOption.NO);
        return conf;
    }

    private static Resource drl(String path, byte[] text) {
        Resource r = ResourceFactory.newByteArrayResource(text);
        r.setSourcePath(path);
        return r;
    }

    /** What the checks that run beside the DRL build found: the loaded table rows and every problem. */
    private record Checked(List<Object> tables, List<RuleProblem> problems, List<RuleProblem> duplicates) {}

    /**
     * The tables loaded row by row, and the checks across rows, of definitions and of literals (see
     * {@link #compile}).
     */
    private static Checked check(RuleSource source) {
        Checked known = checkedByTheBuild(source);
        if (known != null) {
            return known;
        }
        FULL_CHECKS.incrementAndGet();
        List<RuleProblem> problems = new ArrayList<>();
        List<Object> tables = TableLoader.load(source, problems);
        // the tables with a row that did not load: their vocabularies are incomplete, so RuleLiterals skips them
        java.util.Set<String> unloaded = problems.stream().map(RuleProblem::file)
                .collect(java.util.stream.Collectors.toSet());
        // A file meant as rules but named so that it is not read (goals.DRL): an error listed with everything else
        // that is wrong, not alone.
        problems.addAll(source.misnamed());
        if (source.files().keySet().stream().noneMatch(f -> f.startsWith("tables/"))) {
            problems.add(new RuleProblem(TableLinter.TABLES, 0, NO_TABLES));
        } else {
            // Tables that load row by row but cannot plan (a key twice, a value outside its column's set, a payer
            // kind without its payers.csv row) fail the build here too, not only validate and hot reload.
            for (RuleIssue issue : TableLinter.lint(source)) {
                if (issue.isError()) {
                    problems.add(issue.problem());
                }
            }
        }
        // Rules, functions or types defined twice in a package (a copy of the rules inside the rules folder):
        // both files named, instead of Drools' "The type Rule_..._1799339266 is already defined" per consequence.
        // A wildcard import of a package that does not exist: the compiler is silent about it.
        problems.addAll(ImportErrors.missingPackages(source.files()));
        // An operator that compiles and plans until its constraint is jitted, then fails every plan (JitOperators).
        problems.addAll(JitOperators.check(source.files()));
        // A bad regular expression: Drools names the file only, and echoes the whole constraint.
        problems.addAll(RegexLiterals.check(source.files()));
        List<RuleProblem> duplicates = DuplicateDefinitions.check(source);
        problems.addAll(duplicates);
        // A literal outside the tables ("PT", a misspelt area) in any rule, fired by this case or not: the same
        // refusal for plan --rules, fromDirectory, hot reload and validate, whatever else is wrong with the folder
        // (one message per mistake in one run). A vocabulary whose table has a row that failed to load is not
        // checked, or every literal of a missing row would be reported too.
        problems.addAll(RuleLiterals.check(source, tables, unloaded));
        return new Checked(tables, problems, duplicates);
    }

    /**
     * The checks' outcome for rule files the build already checked clean ({@link CompiledRules#isCheckedClean}):
     * only the tables are loaded (their rows are needed), the checks across rows and of the rules' text are not run
     * again (a fifth of a cold start's CPU: src/bench/RESULTS.md, "Issue 15, sixteenth session: cold start"). Null,
     * and the full checks run, for any other files, or if loading the tables finds anything at all.
     */
    private static Checked checkedByTheBuild(RuleSource source) {
        if (!checkedCleanByTheBuild(source)) {
            return null;
        }
        List<RuleProblem> problems = new ArrayList<>();
        List<Object> tables = TableLoader.load(source, problems);
        return problems.isEmpty() ? new Checked(tables, List.of(), List.of()) : null;
    }

    /**
     * Whether careweave's build ran every check beside the DRL build (tables loaded and linted, rule literals,
     * definitions, imports) on exactly these rule and table files and they found nothing: true for the bundled rules
     * and for a {@code rules/} folder identical to them, byte for byte. The checks are a function of the files and of
     * careweave's code, so they would find nothing again: a command may skip its own table lint for such a folder.
     * False for any other files, a misnamed file among them, or a jar built without the build step.
     */
    public static boolean checkedCleanByTheBuild(RuleSource source) {
        return source.misnamed().isEmpty() && CompiledRules.isCheckedClean(source.checkedFingerprint());
    }

    /** The checks' outcome; an exception they threw is thrown here, as if they had run on this thread. */
    private static Checked checked(FutureTask<Checked> checks) {
        try {
            return checks.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the rules", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The rows of {@code rows} that some pattern of the KieBase can match: those whose class an object type node
     * with successors accepts (a pattern of that type or a supertype, in any rule or query, {@code not},
     * {@code exists} and {@code accumulate} included). A row no node accepts would sit in working memory unread.
     * Read when the KieBase is new: Drools adds an object type node (without successors) for a class the first
     * time one is inserted, which is why only nodes with successors count.
     */
    static List<Object> rowsRulesRead(KieBase kieBase, List<Object> rows) {
        List<ObjectType> read = new ArrayList<>();
        for (ObjectTypeNode otn : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            if (otn.getObjectSinkPropagator().size() > 0) {
                read.add(otn.getObjectType());
            }
        }
        Map<Class<?>, Boolean> isRead = new java.util.HashMap<>();
        List<Object> out = new ArrayList<>();
        for (Object row : rows) {
            if (isRead.computeIfAbsent(row.getClass(), c -> read.stream().anyMatch(t -> t.isAssignableFrom(c)))) {
                out.add(row);
            }
        }
        return List.copyOf(out);
    }

    /** Whether some rule file declares the global {@code tables} (of type Tables: checked by {@link #compile}). */

    /**
     * The rows the table index is built from: the session tables' rows and the ICD-10-CM prefix rows of
     * {@code tables/fhir-icd10-categories.csv}, a side table (the FHIR reader's) that rules reach only by look-up.
     */
    private static List<Object> indexed(RuleSource source, List<Object> tableFacts) {
        List<Object> rows = new ArrayList<>(tableFacts);
        rows.addAll(SideTables.read(source, "fhir-icd10-categories", org.careweave.fact.Icd10Category.class));
        return rows;
    }
    private static boolean declaresTables(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getGlobalVariables().stream())
                .anyMatch(g -> g.getName().equals(org.careweave.fact.Tables.GLOBAL));
    }

    /** A global named {@code tables} of another type than Tables: the engine could not give it its index. */
    private static List<RuleProblem> wrongTablesGlobal(KieBase kieBase) {
        List<RuleProblem> problems = new ArrayList<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (org.kie.api.definition.rule.Global g : pkg.getGlobalVariables()) {
                if (g.getName().equals(org.careweave.fact.Tables.GLOBAL)
                        && !g.getType().equals(org.careweave.fact.Tables.class.getName())) {
                    problems.add(new RuleProblem("rules/", 0, "package " + pkg.getName() + ": global '"
                            + g.getName() + "' is the engine's table index; declare it as 'global Tables tables;' "
                            + "(org.careweave.fact.Tables), not " + g.getType()));
                }
            }
        }
        return problems;
    }

    private static Map<String, RuleInfo> describe(KieBase kieBase) {
        Map<String, RuleInfo> rules = new TreeMap<>();
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                if (rule instanceof RuleImpl impl && impl.isQuery()) {
                    continue;
                }
                Object src = rule.getMetaData().get("source");
                String file = rule instanceof RuleImpl impl ? displayPath(sourcePath(impl.getResource())) : null;
                rules.put(rule.getName(), new RuleInfo(rule.getName(), pkg.getName(), file,
                        src == null ? null : src.toString(), Map.copyOf(stringify(rule.getMetaData()))));
            }
        }
        return rules;
    }

    private static Map<String, String> stringify(Map<String, Object> meta) {
        Map<String, String> out = new TreeMap<>();
        meta.forEach((k, v) -> out.put(k, String.valueOf(v)));
        return out;
    }

    private static String sourcePath(Resource resource) {
        return resource == null ? null : resource.getSourcePath();
    }

    /** Maps the KieFileSystem path back to what a rule author sees: {@code rules/<path>}. */
    static String displayPath(String path) {
        if (path == null) {
            return "rules/";
        }
        int i = path.indexOf(KFS_RULES);
        if (i >= 0) {
            return "rules/" + path.substring(i + KFS_RULES.length());
        }
        if (path.startsWith("rules/")) {
            return path;
        }
        return path.replace("src/main/resources/", "");
    }

    /** Drops the parser's follow-on "null Package" message where the file already has a real error. */
    private static List<RuleProblem> withoutEchoes(List<RuleProblem> problems) {
        return problems.stream()
                .filter(p -> !(p.message().startsWith("Parser returned a null Package")
                        && problems.stream().anyMatch(q -> q != p && q.file().equals(p.file()))))
                .toList();
    }

    static String engineDrl() {
        return EngineDrl.TEXT;
    }

    /** The engine's queries, read from the jar once (every build, precompiled or not, needs them). */
    private static final class EngineDrl {
        static final String TEXT = readEngineDrl();
    }

    private static String readEngineDrl() {
        try (InputStream in = RuleSet.class.getResourceAsStream("/" + ENGINE_DRL)) {
            if (in == null) {
                throw new IllegalStateException("missing engine resource " + ENGINE_DRL);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public RuleSource source() {
        return source;
    }

    public String version() {
        return source.version();
    }

    public KieBase kieBase() {
        return kieBase;
    }

    /** The pool plans take their sessions from (Engine); thread-safe, one pooled session per concurrent plan. */
    KieSessionsPool sessions() {
        return sessions;
    }

    /** Sessions preloaded with the table rows, reused plan after plan when checked clean (Engine). */
    TableSessions tableSessions() {
        return tableSessions;
    }

    /** The engine's read-back queries of this KieBase (Engine). */
    ReadBack readBack() {
        return readBack;
    }

    /** Each area's row number in {@code areas.csv} (from 0): the order a plan lists goals in. */
    public Map<String, Integer> areaOrder() {
        return areaOrder;
    }

    /** Every row of every table (for Java readers: vocabularies, labels, the source catalogue, validate). */
    public List<Object> tableFacts() {
        return tableFacts;
    }

    /** The index given to every session as the global {@code tables}, or null when no rule file declares it. */
    org.careweave.fact.Tables tablesGlobal() {
        return tablesGlobal;
    }

    /** The table rows a plan's session holds: those of a type some rule matches ({@link #rowsRulesRead}). */
    public List<Object> sessionTableFacts() {
        return sessionTableFacts;
    }

    /** The description of each code in the codes table (the last row wins, as a plain read of the rows would). */
    public Map<String, String> codeDescriptions() {
        return codeDescriptions;
    }

    /**
     * The vocabularies a case must keep to for this rule set: its own tables, lists it has no table for from the
     * bundled rules. Pass it to {@link org.careweave.io.CaseReader} when reading cases for these rules.
     */
    public org.careweave.model.Vocabulary vocabulary() {
        return vocabulary;
    }

    /** Rules by name (queries excluded). */
    public Map<String, RuleInfo> rules() {
        return rules;
    }

    public RuleInfo rule(String name) {
        return name == null ? null : byName.get(name);
    }

    /**
     * A source text as a plan cites it: every seed article a rule or table row cites by the file name it was stored
     * under ({@code 002_0d7985077083f547.txt}, sources.csv kind {@code article}) named by its site, title and year
     * as sources.csv gives them, so a reader can find it (users' trial of int41: the plan's JSON showed the file
     * key). Other references (an author and year, a manual's chapter, a law) are findable as cited and stay as
     * written; the text and HTML plans, CDS cards and FHIR Provenance still give their titles too.
     *
     * @param source a rule's {@code @source} or a table row's source; may be null
     * @return the text with each article id replaced by its title; null for null
     */
    public String cite(String source) {
        if (source == null || articleTitles.isEmpty()) {
            return source;
        }
        return cited.computeIfAbsent(source, s -> {
            String out = s;
            for (Map.Entry<String, String> a : articleTitles.entrySet()) {
                out = out.replace(a.getKey(), a.getValue());
            }
            return out;
        });
    }

    /** What the plan and the tools need to know about one rule. */
    public record RuleInfo(String name, String packageName, String file, String source, Map<String, String> metadata) {}
}
