package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --version} comes from the build, and the launchers' default rules folder is read at run time. */
class VersionTest {

    /** The project's own version, read from pom.xml (the first {@code <version>} after the artifactId). */
    private static String pomVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher m = Pattern.compile("<artifactId>careweave</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertTrue(m.find(), "pom.xml names the careweave version");
        return m.group(1);
    }

    @Test
    void versionOptionPrintsThePomVersion() throws IOException {
        PlanCommandTest.Result r = PlanCommandTest.run("--version");
        assertEquals(0, r.exit());
        assertEquals("careweave " + pomVersion(), r.out().strip());
    }

    @Test
    void theLaunchersDefaultRulesFolderIsUsedWithoutRulesOption(@TempDir Path dir) {
        String old = System.getProperty(RulesOption.DEFAULT_PROPERTY);
        System.setProperty(RulesOption.DEFAULT_PROPERTY, dir.resolve("missing").toString());
        try {
            PlanCommandTest.Result r = PlanCommandTest.run("validate");
            assertEquals(1, r.exit(), "a default folder that does not exist is a rules failure: " + r.err());
            assertTrue(r.err().contains("missing"), r.err());
        } finally {
            if (old == null) {
                System.clearProperty(RulesOption.DEFAULT_PROPERTY);
            } else {
                System.setProperty(RulesOption.DEFAULT_PROPERTY, old);
            }
        }
    }
}
