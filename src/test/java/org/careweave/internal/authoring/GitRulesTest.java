package org.careweave.internal.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.careweave.RuleBuildException;
import org.careweave.RuleProblem;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.engine.RuleSource;
import org.careweave.toolkit.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --rules git:REV} reads a revision's rules folder as the loader reads the folder on disk. */
class GitRulesTest {

    @TempDir
    Path repo;

    @Test
    void aRuleFileNamedInUpperCaseInHistoryIsRefusedAtItsPathAsInAFolder() throws Exception {
        Path rules = Fixture.write(repo.resolve("rules"));
        Fixture.write(rules, "split/Extra.DRL", Fixture.SPLIT);
        commit();
        // the folder on disk: refused at the path (when compiled, with the folder's other problems)
        RuleBuildException onDisk = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.fromDirectory(rules)));
        assertEquals(List.of(rules + "/split/Extra.DRL: not read: rule file names end in lower-case .drl; rename it "
                + "to Extra.drl"), onDisk.problems().stream().map(RuleProblem::toString).toList());
        // the same folder at HEAD: refused at git's name for the file (git show HEAD:rules/split/Extra.DRL opens it)
        RuleBuildException inHistory = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(GitRules.read("git:HEAD", repo)));
        assertEquals(List.of("HEAD:rules/split/Extra.DRL: not read: rule file names end in lower-case .drl; rename it "
                + "to Extra.drl"), inHistory.problems().stream().map(RuleProblem::toString).toList());
    }

    @Test
    void hiddenAndBackupFilesInHistoryAreNotReadAsInAFolder() throws Exception {
        Path rules = Fixture.write(repo.resolve("rules"));
        Fixture.write(rules, "split/.y.drl", Fixture.SPLIT);
        Fixture.write(rules, "split/split.drl~", Fixture.SPLIT);
        commit();
        RuleSource atHead = GitRules.read("git:HEAD", repo);
        RuleSource onDisk = RuleSource.fromDirectory(rules);
        assertEquals(Fixture.files().keySet(), new java.util.HashSet<>(atHead.files().keySet()));
        assertEquals(onDisk.version(), atHead.version());
        assertTrue(Files.exists(rules.resolve("split/.y.drl")));
    }

    private void commit() throws Exception {
        git("init", "-q");
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "rules");
    }

    private void git(String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of("git", "-C", repo.toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "git " + String.join(" ", args));
    }
}
