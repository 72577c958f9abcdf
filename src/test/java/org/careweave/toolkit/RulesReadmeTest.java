package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;

/**
 * rules/README.md stays in step with the code: every fact type (org.careweave.fact and its subpackages, such as
 * billing) and every table is described there.
 */
class RulesReadmeTest {

    private static final Path FACTS = Path.of("src/main/java/org/careweave/fact");
    private static final Pattern RECORD = Pattern.compile("public record (\\w+)\\s*\\(");

    private static String readme() throws IOException {
        return Files.readString(TestRules.RULES.resolve("README.md"));
    }

    @Test
    void everyFactRecordIsDescribedInTheRulesReadme() throws IOException {
        String readme = readme();
        List<String> records;
        try (Stream<Path> files = Files.walk(FACTS)) {
            records = files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".java")).sorted()
                    .map(RulesReadmeTest::recordName).filter(n -> n != null).toList();
        }
        assertTrue(records.size() >= 20, "expected the fact records, found " + records);
        assertTrue(records.containsAll(List.of("PayerPolicy", "Line", "LineUnits", "ServiceNet")),
                "expected the billing records of org.careweave.fact.billing too, found " + records);
        List<String> missing = records.stream()
                .filter(n -> !Pattern.compile("`" + n + "[`(]").matcher(readme).find()).toList();
        assertEquals(List.of(), missing, "fact types not described in rules/README.md");
    }

    @Test
    void everyTableIsDescribedInTheRulesReadme() throws IOException {
        String readme = readme();
        List<String> missing;
        try (Stream<Path> files = Files.list(TestRules.RULES.resolve("tables"))) {
            missing = files.map(p -> "tables/" + p.getFileName()).filter(t -> t.endsWith(".csv"))
                    .filter(t -> !readme.contains("`" + t + "`")).sorted().toList();
        }
        assertEquals(List.of(), missing, "tables not described in rules/README.md");
    }

    private static String recordName(Path file) {
        try {
            Matcher m = RECORD.matcher(Files.readString(file));
            return m.find() ? m.group(1) : null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
