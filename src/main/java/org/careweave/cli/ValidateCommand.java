package org.careweave.cli;

import java.util.concurrent.Callable;
import org.careweave.engine.RuleBuildException;
import org.careweave.engine.RuleSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code careweave validate}: compile the rules and list every problem as file:line. */
@Command(name = "validate", mixinStandardHelpOptions = true, description = "Check the rules; list problems as file:line.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules = new RulesOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try {
            RuleSet set = RuleSet.compile(rules.source());
            spec.commandLine().getOut().println("ok: " + set.rules().size() + " rules, " + set.version());
            return Main.OK;
        } catch (RuleBuildException e) {
            e.problems().forEach(spec.commandLine().getErr()::println);
            return Main.RULES_FAILED;
        }
    }
}
