package org.careweave.toolkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.careweave.TestRules;
import org.careweave.internal.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A payer kind the rules or the FHIR mapping can produce needs its payers.csv row (unit method, modifiers,
 * caps): without it no claim can be made. Deleting the row is a rules error at the places that name the kind,
 * not a plan with no claims.
 */
class PayerRowsTest {

    @TempDir
    Path rules;

    private Fixture.Cli validateWithout(String payerKind) throws Exception {
        if (!Files.exists(rules.resolve("tables"))) {
            TestRules.copyTree(TestRules.RULES, rules);
        }
        Path payers = rules.resolve("tables/payers.csv");
        String text = Files.readString(payers);
        String row = text.lines().filter(l -> l.startsWith(payerKind + ",")).findFirst().orElseThrow();
        Files.writeString(payers, text.replace(row + "\n", ""));
        return Fixture.run("validate", "--rules", rules.toString());
    }

    private static int lineOf(Path file, String start) throws Exception {
        var lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }

    @Test
    void aPayerKindOnlyTheFhirMappingNamesNeedsItsRow() throws Exception {
        Fixture.Cli r = validateWithout("medicaid");
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        int line = lineOf(TestRules.RULES.resolve("tables/fhir-payers.csv"), "sopt,2,,medicaid,");
        // system,code,planClass,payerKind: "sopt,2,," is 8 characters
        assertTrue(r.err().contains("fhir-payers.csv:" + line + ":9: column 'payerKind' (the 4th): 'medicaid' has no row"
                + " in tables/payers.csv"), r.err());
    }

    @Test
    void theSelfPayDefaultARuleConcludesNeedsItsRow() throws Exception {
        // the FHIR mapping's self-pay row goes too, so that only the rule still names the kind
        TestRules.copyTree(TestRules.RULES, rules);
        Path fhirPayers = rules.resolve("tables/fhir-payers.csv");
        String fhir = Files.readString(fhirPayers);
        Files.writeString(fhirPayers, fhir.replace(fhir.lines().filter(l -> l.startsWith("sopt,81,,self-pay,"))
                .findFirst().orElseThrow() + "\n", ""));
        Fixture.Cli r = validateWithout("self-pay");
        assertEquals(Main.RULES_FAILED, r.exit(), r.err());
        int line = lineOf(TestRules.RULES.resolve("billing/payer.drl"), "new BillingPayer( \"self-pay\"");
        // file:line:column, the column where the literal is (rules/README.md)
        assertTrue(java.util.regex.Pattern.compile("billing/payer\\.drl:" + line + ":\\d+: rule \"A case without a payer is "
                + "billed as self-pay\" gives BillingPayer kind 'self-pay', which is not a payer kind of tables/payers\\.csv")
                .matcher(r.err()).find(), r.err());
    }
}
