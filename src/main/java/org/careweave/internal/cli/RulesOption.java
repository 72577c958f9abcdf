package org.careweave.internal.cli;

import java.nio.file.Path;
import org.careweave.internal.engine.Planner;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.engine.Vocabularies;
import org.careweave.model.Vocabulary;
import picocli.CommandLine.Option;

/**
 * The {@code --rules DIR} option shared by every command. Without it, the folder named by the system property
 * {@value #DEFAULT_PROPERTY} is used when set (the launchers set it to the {@code rules/} folder beside them, so an
 * edited rule takes effect without a rebuild), else the rules packaged in the jar.
 */
final class RulesOption {

    /** The system property a launcher sets to make a rules folder the default. */
    static final String DEFAULT_PROPERTY = "careweave.rules";

    @Option(names = "--rules", paramLabel = "DIR",
            description = "rules folder (default: the launcher's rules/ folder, else the rules in the jar)")
    Path dir;

    RuleSource source() {
        if (dir != null) {
            return RuleSource.fromDirectory(dir);
        }
        String fallback = System.getProperty(DEFAULT_PROPERTY);
        return fallback == null || fallback.isBlank() ? RuleSource.bundled() : RuleSource.fromDirectory(Path.of(fallback));
    }

    /** The rules folder in use (--rules, else the launcher's), or null for the rules in the jar: what serve watches. */
    Path folder() {
        if (dir != null) {
            return dir;
        }
        String fallback = System.getProperty(DEFAULT_PROPERTY);
        return fallback == null || fallback.isBlank() ? null : Path.of(fallback);
    }

    /** What a case must keep to for these rules (their tables; DRL not compiled). */
    org.careweave.model.Vocabulary vocabulary() {
        return dir == null ? org.careweave.internal.engine.Vocabularies.bundled() : org.careweave.internal.engine.Vocabularies.of(source());
    }

    Planner planner() {
        return Planner.of(RuleSet.compile(source()), Planner.DEFAULT_MAX_FIRINGS);
    }
}
