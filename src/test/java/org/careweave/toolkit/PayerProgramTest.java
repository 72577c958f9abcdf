package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The payers.csv {@code program} column says which programme pays a payer kind's claims (task medicare): a rule about
 * Medicare Part B's coverage matches {@code program == "medicare-part-b"}, never the payer id, and a misspelt program
 * is an error at its payers.csv cell. Worked from the sources, not from the code's output: Noridian's 'High
 * Compression Bandage System Clarification' (Medicare Part B does not pay multi-layer compression bandaging, 29581 or
 * 29584, as treatment of lymphedema) holds for any payer Part B is the programme of, so a second Part B payer kind
 * (Railroad Medicare, whose Part B claims Palmetto GBA pays under the same Medicare coverage rules) gets the 29584 line
 * at 0 units, and a commercial one keeps its units (its contract decides).
 */
class PayerProgramTest {

    @TempDir
    Path dir;

    private static final String PAYERS = "tables/payers.csv";
    private static final String LYMPHEDEMA = "billing-lymphedema-medicare-compression-not-covered.json";

    private Fixture.Cli run(String... args) {
        Fixture.Cli r = Fixture.run(args);
        return new Fixture.Cli(r.exit(), r.out(), r.err().replace(dir + "/", "rules/"));
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).filter(l -> !l.isBlank()).toList();
    }

    /** The 1-based number of the one line of {@code file} starting with {@code start}. */
    private int lineOf(String file, String start) throws IOException {
        List<String> in = Files.readAllLines(dir.resolve(file));
        int found = -1;
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).startsWith(start)) {
                assertEquals(-1, found, file + " has one line starting '" + start + "'");
                found = i + 1;
            }
        }
        assertTrue(found > 0, file + " has a line starting '" + start + "'");
        return found;
    }

    /**
     * A copy of the bundled rules with a payer kind {@code railroad-medicare} of {@code program}, billed like Part B
     * (its payers.csv and claim-forms.csv rows copy Part B's), and the lymphedema example as a case of that kind.
     */
    private Path railroadCase(String program) throws IOException {
        TestRules.copyTree(TestRules.RULES, dir);
        for (String[] t : new String[][] {{PAYERS, "medicare-part-b,Medicare Part B,medicare-part-b,",
                "railroad-medicare,Railroad Medicare," + program + ","}, {"tables/claim-forms.csv",
                "medicare-part-b,outpatient,", "railroad-medicare,outpatient,"}}) {
            Path p = dir.resolve(t[0]);
            String row = Files.readAllLines(p).get(lineOf(t[0], t[1]) - 1);
            Files.writeString(p, Files.readString(p) + t[2] + row.substring(t[1].length()) + "\n");
        }
        Path c = dir.resolve("railroad.json");
        String text = Files.readString(TestRules.EXAMPLES.resolve(LYMPHEDEMA));
        assertTrue(text.contains("\"kind\": \"medicare-part-b\""), "the example is a Part B case");
        Files.writeString(c, text.replace("\"kind\": \"medicare-part-b\"", "\"kind\": \"railroad-medicare\""));
        return c;
    }

    @Test
    void anotherPayerKindOfTheMedicarePartBProgramDoesNotGetLymphedemaBandagingPaid() throws IOException {
        Path c = railroadCase("medicare-part-b");
        Fixture.Cli r = run("plan", c.toString(), "--rules", dir.toString());
        assertEquals(0, r.exit(), r.err());
        // Noridian: 29584 is not paid by Medicare Part B for lymphedema (0 units), the alert names the payer's label
        assertTrue(r.out().matches("(?s).*\"code\"\\s*:\\s*\"29584\".*"), r.out());
        assertTrue(r.out().contains("29584 is not paid by Railroad Medicare as treatment of lymphedema"), r.out());
        assertTrue(r.out().contains("lymphedema under Railroad Medicare, which does not pay compression bandaging"),
                r.out());
    }

    @Test
    void aCommercialPayerKindKeepsTheBandagingLine() throws IOException {
        Path c = railroadCase("commercial");
        Fixture.Cli r = run("plan", c.toString(), "--rules", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertFalse(r.out().contains("is not paid by Railroad Medicare as treatment of lymphedema"), r.out());
        assertFalse(r.out().contains("\"coverage-limit\""), r.out());
    }

    @Test
    void aMisspeltProgramIsAnErrorAtItsPayersCell() throws IOException {
        TestRules.copyTree(TestRules.RULES, dir);
        int line = lineOf(PAYERS, "medicare-part-b,Medicare Part B,medicare-part-b,");
        Path p = dir.resolve(PAYERS);
        Files.writeString(p, Files.readString(p).replace("\nmedicare-part-b,Medicare Part B,medicare-part-b,",
                "\nmedicare-part-b,Medicare Part B,medicare-prat-b,"));
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        // "medicare-part-b,Medicare Part B," is 32 characters: the program cell starts at column 33
        String problem = "rules/" + PAYERS + ":" + line + ":33: column 'program' (the 3rd): 'medicare-prat-b' is not"
                + " one of medicare-part-a, medicare-part-b, medicare-advantage, medicaid, commercial, self-pay"
                + " (tables/vocabulary.csv, list column:payers.program): did you mean medicare-part-b?";
        assertTrue(lines(r.err()).contains(problem), r.err());
        // every load refuses it: plan --rules plans nothing
        Fixture.Cli plan = run("plan", TestRules.EXAMPLES.resolve(LYMPHEDEMA).toString(), "--rules", dir.toString());
        assertEquals(1, plan.exit(), plan.err());
        assertEquals("", plan.out());
    }

    @Test
    void aRuleComparingTheProgramWithAValueNoPayerHasIsAnError() throws IOException {
        TestRules.copyTree(TestRules.RULES, dir);
        Path drl = dir.resolve("billing/lymphedema.drl");
        String text = Files.readString(drl);
        assertTrue(text.contains("program == \"medicare-part-b\""), "the lymphedema rules match the program");
        Files.writeString(drl, text.replaceFirst("program == \"medicare-part-b\"", "program == \"medicare-partb\""));
        Fixture.Cli r = run("validate", "--rules", dir.toString());
        assertEquals(1, r.exit(), r.err());
        assertTrue(lines(r.err()).stream().anyMatch(l -> l.startsWith("rules/billing/lymphedema.drl:")
                && l.contains("'medicare-partb'") && l.contains("the program of a row of tables/payers.csv")), r.err());
    }
}
