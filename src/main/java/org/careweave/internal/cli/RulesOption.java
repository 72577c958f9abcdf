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

    /** The rules as read and checked once for this command (a folder is read once however often it is asked for). */
    private RuleSource source;

    /**
     * The rules: a folder is read and its tables checked ({@link SoundTables}) here, once, so that every command
     * reading cases against them refuses a folder with table errors as a rules failure before it reads a case.
     *
     * @throws org.careweave.RuleBuildException when the folder cannot be read or its tables have errors
     */
    RuleSource source() {
        if (source == null) {
            source = SoundTables.check(read());
        }
        return source;
    }

    /** The rules as they are, unchecked: for validate, which reports every problem of a folder itself. */
    RuleSource read() {
        Path folder = folder();
        return folder == null ? RuleSource.bundled() : RuleSource.fromDirectory(folder);
    }

    /** The rules folder in use (--rules, else the launcher's), or null for the rules in the jar: what serve watches. */
    Path folder() {
        if (dir != null) {
            return dir;
        }
        String fallback = System.getProperty(DEFAULT_PROPERTY);
        return fallback == null || fallback.isBlank() ? null : Path.of(fallback);
    }

    /**
     * What a case must keep to for these rules (their tables; DRL not compiled): the folder's, the launcher's default
     * folder included (its tables are the ones the planner checks the case against again), else the jar's.
     */
    Vocabulary vocabulary() {
        return folder() == null ? Vocabularies.bundled() : Vocabularies.of(source());
    }

    Planner planner() {
        return Planner.of(RuleSet.compile(source()), Planner.DEFAULT_MAX_FIRINGS);
    }
}
