package org.careweave.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.careweave.CarePlanner;
import org.careweave.engine.PlanningException;
import org.careweave.engine.RuleBuildException;
import org.careweave.io.CaseReader;
import org.careweave.io.InputException;
import org.careweave.io.PlanWriter;
import org.careweave.io.TextReport;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code careweave plan CASE.json}: one case in, one plan on stdout, diagnostics on stderr. */
@Command(name = "plan", mixinStandardHelpOptions = true, description = "Plan one case and print the plan.")
final class PlanCommand implements Callable<Integer> {

    enum Format { json, text }

    @Parameters(index = "0", arity = "0..1", paramLabel = "CASE.json", description = "the case to plan")
    Path caseFile;

    @Mixin
    RulesOption rules = new RulesOption();

    @Option(names = "--format", paramLabel = "json|text", description = "output format (default: ${DEFAULT-VALUE})",
            defaultValue = "json")
    Format format;

    @Option(names = "--trace", description = "list every rule firing with the facts it matched")
    boolean trace;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (caseFile == null) {
            err.println("plan: give a CASE.json");
            return Main.BAD_INPUT;
        }
        Case c;
        try {
            c = CaseReader.read(caseFile);
        } catch (NoSuchFileException e) {
            err.println(caseFile + ": no such file");
            return Main.BAD_INPUT;
        } catch (InputException e) {
            err.println(caseFile + ": " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (IOException e) {
            err.println(caseFile + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        CarePlan plan;
        try {
            CarePlanner planner = rules.planner();
            plan = planner.plan(c, trace);
        } catch (RuleBuildException e) {
            e.problems().forEach(err::println);
            return Main.RULES_FAILED;
        } catch (PlanningException e) {
            err.println("the rules could not make a plan: " + e.getMessage());
            return Main.RULES_FAILED;
        }
        out.print(format == Format.text ? TextReport.render(plan) : PlanWriter.json(plan));
        out.flush();
        return Main.OK;
    }
}
