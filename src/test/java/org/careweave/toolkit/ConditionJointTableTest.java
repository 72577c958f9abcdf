package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.careweave.TestRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The joint a condition's code names (condition-regions.csv {@code joint}, joint-goals.csv {@code joint}) is a closed
 * list in vocabulary.csv: a misspelt joint would match no goal row and silently give an ankle sprain the knee's
 * range-of-motion goal again (therapist trial 3, case 12), so validate refuses it at its line and column.
 */
class ConditionJointTableTest {

    @TempDir
    Path dir;

    private static final String REGIONS = "tables/condition-regions.csv";

    private static final String SPRAIN = "sports-injury,S93.4,lower-limb,";

    @Test
    void aMisspeltJointIsAnErrorAtItsLineAndColumnWithDidYouMean() throws IOException {
        TestRules.copyTree(TestRules.RULES, dir);
        Path file = dir.resolve(REGIONS);
        List<String> lines = Files.readAllLines(file);
        int row = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(SPRAIN + "ankle,")) {
                row = i;
            }
        }
        assertTrue(row >= 0, "the ankle sprain row is in the table");
        lines.set(row, lines.get(row).replace(SPRAIN + "ankle,", SPRAIN + "ankel,"));
        Files.write(file, lines);

        Fixture.Cli validate = Fixture.run("validate", "--rules", dir.toString());
        assertEquals(1, validate.exit(), validate.err());
        // the joint field, the 4th, starts after "sports-injury,S93.4,lower-limb,": 31 characters, so at the 32nd
        String problem = "rules/" + REGIONS + ":" + (row + 1) + ":32: column 'joint' (the 4th): 'ankel' is not one of hip,"
                + " knee, ankle, wrist, shoulder (tables/vocabulary.csv, list column:condition-regions.joint): did you"
                + " mean ankle?";
        List<String> err = Arrays.stream(validate.err().replace(dir + "/", "rules/").split("\\R"))
                .filter(l -> !l.isBlank()).toList();
        assertEquals(List.of(problem, "1 error(s), 0 warning(s)"), err);
    }
}
