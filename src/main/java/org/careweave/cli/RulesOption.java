package org.careweave.cli;

import java.nio.file.Path;
import org.careweave.CarePlanner;
import org.careweave.engine.RuleSet;
import org.careweave.engine.RuleSource;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option shared by every command; without it the bundled rules are used. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: the rules in the jar)")
    Path dir;

    RuleSource source() {
        return dir == null ? RuleSource.bundled() : RuleSource.fromDirectory(dir);
    }

    /** What a case must keep to for these rules (their tables; DRL not compiled). */
    org.careweave.model.Vocabulary vocabulary() {
        return dir == null ? org.careweave.engine.Vocabularies.bundled() : org.careweave.engine.Vocabularies.of(source());
    }

    CarePlanner planner() {
        return CarePlanner.of(RuleSet.compile(source()), CarePlanner.DEFAULT_MAX_FIRINGS);
    }
}
