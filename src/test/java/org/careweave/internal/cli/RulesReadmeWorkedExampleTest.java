package org.careweave.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * rules/README.md's worked example, followed step by step on a copy of the rules with the README's own blocks:
 * the new area alone fails with the message the README quotes, the new rule file validates, the plan shows the
 * lines the README prints, and the scenario passes with the coverage line the README prints.
 */
class RulesReadmeWorkedExampleTest {

    private static final Pattern BLOCK = Pattern.compile("\\n( *)```(\\w+)\\n(.*?)\\n\\1```", Pattern.DOTALL);

    record Block(String lang, String text) {}

    /** The fenced blocks of the worked example, in order, with the list indentation taken off. */
    static List<Block> blocks() throws IOException {
        String readme = Files.readString(Path.of("rules/README.md"));
        int start = readme.indexOf("## Worked example");
        int end = readme.indexOf("\n## ", start + 1);
        assertTrue(start >= 0, "rules/README.md has a worked example");
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Block> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            String indent = m.group(1);
            String text = m.group(3).lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l)
                    .reduce((a, b) -> a + "\n" + b).orElse("");
            out.add(new Block(m.group(2), text + "\n"));
        }
        return out;
    }

    @Test
    void theWorkedExampleCanBeFollowedAsWritten(@TempDir Path dir) throws IOException {
        List<Block> b = blocks();
        assertEquals(List.of("csv", "json", "drl", "text", "json", "text"), b.stream().map(Block::lang).toList());
        Path rules = dir.resolve("rules");
        org.careweave.TestRules.copyTree(Path.of("rules"), rules);
        Path examples = Files.createDirectories(dir.resolve("examples"));

        // 1. the area row and the case: no rule owns the area yet.
        Path areas = rules.resolve("tables/areas.csv");
        Files.writeString(areas, Files.readString(areas) + b.get(0).text());
        Path c = examples.resolve("floor-recovery.json");
        Files.writeString(c, b.get(1).text());
        PlanCommandTest.Result before = PlanCommandTest.run("plan", c.toString(), "--rules", rules.toString(),
                "--format", "text");
        assertEquals(1, before.exit(), before.err());
        assertTrue(readme().contains("`" + before.err().strip() + "`"), "the README quotes: " + before.err());

        // 2. the rule file, whole: it validates and the plan shows what the README prints.
        Files.writeString(rules.resolve("split/floor.drl"), b.get(2).text());
        PlanCommandTest.Result validate = PlanCommandTest.run("validate", "--rules", rules.toString());
        assertEquals(0, validate.exit(), validate.err());
        assertTrue(validate.out().startsWith("ok: "), validate.out());
        PlanCommandTest.Result plan = PlanCommandTest.run("plan", c.toString(), "--rules", rules.toString(),
                "--format", "text");
        assertEquals(0, plan.exit(), plan.err());
        assertLinesAppear(b.get(3).text(), plan.out());

        // 3-4. the scenario passes and coverage lists the rule once in one scenario.
        Files.writeString(examples.resolve("floor-recovery.expected.json"), b.get(4).text());
        PlanCommandTest.Result test = PlanCommandTest.run("test", "--rules", rules.toString(), examples.toString());
        assertEquals(0, test.exit(), test.out() + test.err());
        assertTrue(test.out().contains("1 passed, 0 failed"), test.out());
        // the README runs it as --rules rules: rules are named by the folder given, as validate names them
        assertLinesAppear(b.get(5).text(), test.out().replace(rules + "/", "rules/"));
    }

    /** Each line the README prints appears in the output, in order (indentation aside). */
    private static void assertLinesAppear(String printed, String output) {
        List<String> out = output.lines().map(String::strip).toList();
        int from = 0;
        for (String line : printed.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            int at = out.subList(from, out.size()).indexOf(line);
            assertTrue(at >= 0, "the README prints '" + line + "', the output:\n" + output);
            from += at + 1;
        }
    }

    private static String readme() throws IOException {
        return Files.readString(Path.of("rules/README.md")).replaceAll("\\s+", " ");
    }
}
