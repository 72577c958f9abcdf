package org.careweave.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careweave.RuleBuildException;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.io.SafeText;
import org.careweave.internal.scenario.Coverage;
import org.careweave.internal.scenario.Mismatch;
import org.careweave.internal.scenario.ScenarioLoader;
import org.careweave.internal.scenario.ScenarioProblem;
import org.careweave.internal.scenario.ScenarioRunner;
import org.careweave.model.Vocabulary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careweave test [--rules DIR] [SCENARIO_DIR] [--coverage text|json]}: run every scenario, show each failing
 * one as expected vs actual with the rules that decided it, end with {@code N passed, N failed}, then report rule
 * coverage (rules no scenario fired; firings per rule).
 *
 * <p>Streams: with {@code --coverage text} (the default) the report goes to stdout. With {@code --coverage json}
 * stdout carries one JSON document only (counts, failures, coverage), so it can be piped to a tool; the readable
 * failures and the count line then go to stderr. Rule-build errors and malformed scenarios always go to stderr.
 * Exit 0 all passed; 1 a scenario failed, the rules do not compile or their tables have errors (said before any
 * scenario is read: {@link SoundTables}); 2 a scenario is malformed (file and JSON
 * pointer named) or there are no scenarios.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Run scenarios (NAME.json + NAME.expected.json); report failures and rule coverage.")
final class TestCommand implements Callable<Integer> {

    enum CoverageFormat { text, json }

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO_DIR", defaultValue = "examples",
            description = "folder of scenarios (default: ${DEFAULT-VALUE})")
    Path dir;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--coverage", paramLabel = "text|json", defaultValue = "text",
            description = "coverage report format; json prints only a JSON document on stdout (default: ${DEFAULT-VALUE})")
    CoverageFormat coverage;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String notRules = RulesFolder.holdingRules("--rules", rules.dir);
        if (notRules != null) {
            err.println(notRules);
            return Main.RULES_FAILED;
        }
        String badRules = FileProblems.rulesFolder(rules.dir);
        if (badRules != null) {
            err.println(badRules);
            return Main.RULES_FAILED;
        }
        if (!Files.isDirectory(dir)) {
            err.println(SafeText.escape(dir.toString()) + (Files.exists(dir)
                    ? ": not a folder (give the folder of scenarios)" : ": no such scenario folder"));
            return Main.BAD_INPUT;
        }
        org.careweave.model.Vocabulary vocabulary;
        try {
            vocabulary = rules.vocabulary();
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        ScenarioLoader.Suite suite = ScenarioLoader.read(dir, vocabulary);
        if (!suite.leaving().isEmpty()) {
            // said once, before anything else: scenarios a reader may miss in the report (they used to be read
            // through the link; bill42, as diff says it since D10)
            java.util.List<Path> leaving = suite.leaving();
            err.println("careweave test: skipped " + leaving.size() + " symbolic link" + (leaving.size() == 1 ? "" : "s")
                    + " leading out of " + SafeText.escape(dir.toString()) + ", not followed: "
                    + SafeText.escape(String.join(", ", leaving.stream().map(p -> dir.relativize(p).toString())
                            .toList())));
        }
        if (!suite.problems().isEmpty()) {
            suite.problems().stream().map(ScenarioProblem::toString).forEach(err::println);
            err.println(suite.problems().size() + " malformed scenario problem(s); nothing was run");
            return Main.BAD_INPUT;
        }
        if (suite.scenarios().isEmpty()) {
            err.println(SafeText.escape(dir.toString()) + ": no scenarios (NAME.json with NAME.expected.json)");
            return Main.BAD_INPUT;
        }
        RuleSet ruleSet;
        try {
            ruleSet = RuleSet.compile(rules.source());
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        ScenarioRunner.Report report = ScenarioRunner.run(ruleSet, suite.scenarios());
        // rule names, scenario names and values quoted from cases: escaped on the way out, like stderr (Main)
        PrintWriter safeOut = new PrintWriter(org.careweave.internal.io.SafeText.escaping(out));
        PrintWriter human = coverage == CoverageFormat.json ? err : safeOut;
        for (ScenarioRunner.Result r : report.failures()) {
            human.println("FAIL " + r.scenario().name() + " (" + r.scenario().caseFile() + ")");
            if (r.error() != null) {
                human.println("  the rules could not make a plan: " + r.error());
            }
            for (Mismatch m : r.mismatches()) {
                human.println("  " + m.toString().replace("\n", "\n  "));
            }
        }
        human.println(report.passed() + " passed, " + report.failed() + " failed");
        if (coverage == CoverageFormat.json) {
            out.println(json(report));
        } else {
            text(report.coverage(), ruleSet.source(), safeOut);
        }
        safeOut.flush();
        return report.failed() == 0 ? Main.OK : Main.RULES_FAILED;
    }

    /** Rules are named as validate names a place: {@code <the folder given to --rules>/<file>:<line>}. */
    private static void text(Coverage c, RuleSource source, PrintWriter out) {
        out.println();
        out.println("coverage: " + c.fired() + " of " + c.rules().size() + " rules fired (" + c.percent() + "%)");
        if (!c.notFired().isEmpty()) {
            out.println("rules no scenario fired:");
            for (Coverage.RuleCoverage r : c.notFired()) {
                out.println("  " + place(source, r) + ": \"" + r.rule() + "\"");
            }
        }
        out.println("firings per rule (total, scenarios):");
        for (Coverage.RuleCoverage r : c.rules()) {
            out.println(String.format("  %6d %4d  %s: \"%s\"", r.firings(), r.scenarios().size(), place(source, r),
                    r.rule()));
        }
    }

    private static String place(RuleSource source, Coverage.RuleCoverage r) {
        int line = source.lineOf(r.file(), r.rule());
        return source.locate(r.file()) + (line > 0 ? ":" + line : "");
    }

    /** The machine-readable report; keys documented in rules/README.md. */
    static String json(ScenarioRunner.Report report) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        ObjectNode rules = root.putObject("rules");
        rules.put("version", report.rules().version());
        rules.put("source", report.rules().source().origin());
        ObjectNode scenarios = root.putObject("scenarios");
        scenarios.put("passed", report.passed());
        scenarios.put("failed", report.failed());
        ArrayNode failures = scenarios.putArray("failures");
        for (ScenarioRunner.Result r : report.failures()) {
            ObjectNode f = failures.addObject();
            f.put("name", r.scenario().name());
            f.put("file", r.scenario().caseFile().toString());
            if (r.error() != null) {
                f.put("error", r.error());
            }
            ArrayNode ms = f.putArray("mismatches");
            for (Mismatch m : r.mismatches()) {
                ObjectNode mo = ms.addObject();
                mo.put("what", m.what());
                mo.put("expected", m.expected());
                mo.put("actual", m.actual());
                m.rules().forEach(mo.putArray("rules")::add);
            }
        }
        Coverage c = report.coverage();
        ObjectNode cov = root.putObject("coverage");
        cov.put("rules", c.rules().size());
        cov.put("fired", c.fired());
        cov.put("percent", c.percent());
        ArrayNode notFired = cov.putArray("notFired");
        RuleSource source = report.rules().source();
        c.notFired().forEach(r -> notFired.addObject().put("rule", r.rule()).put("file", r.file())
                .put("line", source.lineOf(r.file(), r.rule())));
        ArrayNode byRule = cov.putArray("byRule");
        for (Coverage.RuleCoverage r : c.rules()) {
            ObjectNode o = byRule.addObject();
            o.put("rule", r.rule());
            o.put("file", r.file());
            o.put("line", source.lineOf(r.file(), r.rule()));
            o.put("firings", r.firings());
            r.scenarios().forEach(o.putArray("scenarios")::add);
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
