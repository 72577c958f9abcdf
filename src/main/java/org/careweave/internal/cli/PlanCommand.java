package org.careweave.internal.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.careweave.InputException;
import org.careweave.PlanningException;
import org.careweave.RuleBuildException;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.FhirIo;
import org.careweave.internal.io.HtmlReport;
import org.careweave.internal.io.ReportLabels;
import org.careweave.internal.io.SafeText;
import org.careweave.internal.io.TextReport;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.careweave.model.Vocabulary;
import org.careweave.plan.CarePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code careweave plan CASE.json}: one case in, one plan on stdout, diagnostics on stderr.
 * {@code careweave plan --batch CASES.ndjson}: one case per line in, one line out per case, in the same order (see
 * {@link BatchMode}).
 */
@Command(name = "plan", mixinStandardHelpOptions = true, description = {
        "Plan one case and print the plan.",
        "With --batch, plan one case per line of an NDJSON file (- for stdin) on every core and print one line "
                + "per case in input order: the plan, or {\"line\":N,\"kind\":...,\"error\":...} for a case "
                + "that failed (also reported on stderr as 'line N: <pointer>: <message>'). Blank lines are "
                + "skipped. A line over 1 MiB is that line's error and the rest is planned; a NUL byte (binary "
                + "data, UTF-16), a line with no newline within 16 MiB or a line that opens a pretty-printed JSON "
                + "document ({ alone) stops the batch there: the lines before it keep their answers, it gets its "
                + "error line, nothing after it is read. Exit 2 if any line was "
                + "bad input (or the batch stopped), 1 if the rules failed on any line."})
final class PlanCommand implements Callable<Integer> {

    enum Format { json, text, html, fhir }

    enum Input { json, fhir }

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE.json", description = "the case to plan")
    Path caseFile;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--format", paramLabel = "json|text|html|fhir",
            description = "output format (default: ${DEFAULT-VALUE}); fhir: a FHIR R4 Bundle of CarePlans, Goals, "
                    + "ServiceRequests, DetectedIssues, Provenance and a Claim", defaultValue = "json")
    Format format;

    @Option(names = "--input", paramLabel = "json|fhir",
            description = "what CASE.json is (default: ${DEFAULT-VALUE}); fhir: a FHIR R4 Bundle mapped with "
                    + "rules/tables/fhir-*.csv", defaultValue = "json")
    Input input;

    @Option(names = "--trace", description = "list every rule firing with the facts it matched")
    boolean trace;

    @Option(names = "--batch", paramLabel = "CASES.ndjson",
            description = "plan one case per line (- reads stdin); output is one JSON line per case")
    Path batchFile;

    @Option(names = "--threads", paramLabel = "N",
            description = "with --batch: worker threads (default: the number of processors)")
    Integer threads;

    @Option(names = "--window", paramLabel = "N",
            description = "with --batch: most cases in flight at once (default: 32 per thread)")
    Integer window;

    @Option(names = "--progress", negatable = true,
            description = "with --batch: a progress line on stderr (default: only when stderr is a terminal)")
    Boolean progress;

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
        if (batchFile != null) {
            if (caseFile != null) {
                err.println("plan: give either CASE.json or --batch CASES.ndjson, not both");
                return Main.BAD_INPUT;
            }
            if (format != Format.json || input != Input.json) {
                // name only what was given: the trial's --input fhir was told about a --format json it never gave
                List<String> given = new ArrayList<>();
                if (input != Input.json) {
                    given.add("--input " + input);
                }
                if (format != Format.json) {
                    given.add("--format " + format);
                }
                err.println("plan: --batch reads and writes careweave JSON lines only; " + String.join(" and ", given)
                        + (given.size() == 1 ? " is" : " are") + " for one case");
                return Main.BAD_INPUT;
            }
            if ((threads != null && threads < 1) || (window != null && window < 1)) {
                err.println("plan: --threads and --window must be at least 1");
                return Main.BAD_INPUT;
            }
            return new BatchMode(rules, batchFile, threads, window, progress, trace).run(out, err);
        }
        if (caseFile == null) {
            err.println("plan: give a CASE.json");
            return Main.BAD_INPUT;
        }
        boolean fhir = input == Input.fhir || format == Format.fhir;
        RuleSource source;
        try {
            // Read once: FHIR reads its code mappings from the same rules the planner compiles.
            source = fhir ? rules.source() : null;
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        } catch (RuntimeException e) {
            err.println("cannot read the rules: " + e.getMessage());
            return Main.RULES_FAILED;
        }
        Case c;
        org.careweave.model.Vocabulary vocabulary = null;
        try {
            if (input == Input.json) {
                vocabulary = rules.vocabulary();
            }
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        try {
            // FhirIo is touched only here, so planning careweave JSON never loads a FHIR class.
            c = input == Input.fhir ? FhirIo.readCase(caseFile, source) : CaseReader.read(caseFile, vocabulary);
        } catch (InputException e) {
            // the folder's tables were checked when read (RulesOption.source): a refused case is the case's fault
            FileProblems.inputErrors(caseFile, e).forEach(err::println);
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println(FileProblems.of(caseFile, e));
            return Main.BAD_INPUT;
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        }
        CarePlan plan;
        Planner planner;
        try {
            planner = source != null
                    ? Planner.of(RuleSet.compile(source), Planner.DEFAULT_MAX_FIRINGS) : rules.planner();
            plan = planner.plan(c, trace);
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        } catch (PlanningException e) {
            err.println("the rules could not make a plan: " + SafeText.escape(e.getMessage()));
            return Main.RULES_FAILED;
        } catch (InputException e) {
            // a case from a FHIR bundle that the planner's checks (the JSON reader's) refuse: still bad input
            FileProblems.inputErrors(caseFile, e).forEach(err::println);
            return Main.BAD_INPUT;
        } catch (RuntimeException | StackOverflowError e) {
            // a defect, not the user's: no stack trace, and not the message, which may quote the case
            err.println("the rules could not make a plan: internal error (" + e.getClass().getSimpleName() + ")");
            return Main.RULES_FAILED;
        }
        if (format == Format.fhir) {
            try {
                out.print(FhirIo.writePlan(c, plan, source));
            } catch (RuleBuildException e) {
                e.problems().forEach(err::println);
                return Main.RULES_FAILED;
            }
            out.flush();
            return Main.OK;
        }
        out.print(switch (format) {
            case text -> TextReport.render(plan, c, ReportLabels.of(planner.rules()));
            case html -> HtmlReport.render(plan, c, ReportLabels.of(planner.rules()));
            case json, fhir -> PlanWriter.json(plan);
        });
        out.flush();
        return Main.OK;
    }
}
