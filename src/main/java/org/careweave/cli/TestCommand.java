package org.careweave.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code careweave test}: run scenario files against the rules and report rule coverage. */
@Command(name = "test", mixinStandardHelpOptions = true, description = "Run scenarios; report rule coverage.")
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("test: not built yet");
        return Main.RULES_FAILED;
    }
}
