package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.careweave.RuleBuildException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule author's mistakes come back as {@code rules/<file>:<line>: message}, all of them, never a half-built set. */
class RuleBuildErrorsTest {

    private static final String GOOD = """
            package careweave.test;
            import org.careweave.fact.*;
            rule "Anything is fine"
                @source("test")
            when
                Need()
            then
            end
            """;

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() {
        String broken = """
                package careweave.test;
                import org.careweave.fact.*;

                rule "Broken on line five"
                when
                    Need( area == )
                then
                end
                """;
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.of("test", Map.of("split/broken.drl", broken, "ok.drl", GOOD))));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("rules/split/broken.drl") && p.line() == 6),
                () -> "problems: " + e.problems());
        assertTrue(e.getMessage().contains("rules/split/broken.drl:6: "), e.getMessage());
    }

    @Test
    void anUnknownFactTypeIsReportedAtItsLine() {
        String unknown = """
                package careweave.test;
                import org.careweave.fact.*;
                rule "Matches a type that does not exist"
                    @source("test")
                when
                    NoSuchFact()
                then
                end
                """;
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.of("test", Map.of("x.drl", unknown))));
        assertTrue(e.problems().stream().allMatch(p -> p.file().equals("rules/x.drl")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.line() > 0), e::getMessage);
    }

    @Test
    void errorsInSeveralFilesAreAllListed() {
        String bad1 = "package a;\nrule \"one\" when\n  Foo( \nthen end\n";
        String bad2 = "package b;\n\n\nrule \"two\" when then nonsense( end\n";
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.of("test", Map.of("a.drl", bad1, "b.drl", bad2))));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("rules/a.drl")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("rules/b.drl")), e::getMessage);
    }

    @Test
    void aBadTableRowIsReportedWithFileAndLine() {
        String codes = """
                # comment line
                code,description,timed,disciplines,medicareStatus,medicareCode
                97110,Exercise,true,pt|ot,,
                97112,Balance,maybe,pt|ot,,
                """;
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> RuleSet.compile(RuleSource.of("test", Map.of("ok.drl", GOOD, "tables/codes.csv", codes))));
        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals("rules/tables/codes.csv:4: timed: 'maybe' is not true/false/yes/no",
                e.problems().get(0).toString());
    }

    @Test
    void anUnknownTableOrColumnIsAnError() {
        RuleBuildException e = assertThrows(RuleBuildException.class, () -> RuleSet.compile(RuleSource.of("test",
                Map.of("ok.drl", GOOD, "tables/nonsense.csv", "a,b\n1,2\n",
                        "tables/areas.csv", "area,label,colour\nx,y,z\n"))));
        assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("rules/tables/nonsense.csv")), e::getMessage);
        assertTrue(e.problems().stream().anyMatch(p -> p.toString()
                .startsWith("rules/tables/areas.csv:1: unknown column 'colour'")), e::getMessage);
    }

    @Test
    void aFolderWithABrokenRuleGivesNoPlanner(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.drl"), "package x;\nrule \"r\" @source(\"s\") when\n  Need( ==\nthen end\n");
        RuleBuildException e = assertThrows(RuleBuildException.class, () -> Planner.fromDirectory(dir));
        assertTrue(e.problems().get(0).toString().startsWith("rules/bad.drl:3"), e::getMessage);
    }
}
