package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSet;
import org.careweave.internal.io.ReportLabels;
import org.junit.jupiter.api.Test;

/** The source catalogue (rules/tables/sources.csv) knows every reference the rules cite. */
class SourceCatalogueTest {

    private static final ReportLabels LABELS = ReportLabels.of(TestRules.planner().rules());

    @Test
    void everyRuleCitesAReferenceTheCatalogueKnows() {
        List<String> uncatalogued = TestRules.planner().rules().rules().values().stream()
                .filter(r -> LABELS.cited(r.source()).isEmpty())
                .map(r -> r.file() + ": \"" + r.name() + "\" cites " + r.source())
                .toList();
        assertEquals(List.of(), uncatalogued, "add the reference to rules/tables/sources.csv (id, title, kind)");
    }

    @Test
    void theSeedArticlesReadByTheirTitles() {
        assertEquals("Ivy Rehab Network, \"Occupational Therapy vs. Physical Therapy: What's the Difference?\" (2023):"
                + " x", LABELS.source("000_c04b2ddf23040f18.txt: x"));
        assertTrue(LABELS.source("001_801476669a0d8d2e.txt").startsWith("EvergreenHealth, "));
        assertTrue(LABELS.source("002_0d7985077083f547.txt").startsWith("Salus University Occupational Therapy"));
    }

    @Test
    void theLongestReferenceWinsAndProjectReferencesStayAsWritten() {
        assertEquals("Medicare Benefit Policy Manual (CMS Pub. 100-02), chapter 15 §220.1.2: plan content",
                LABELS.source("CMS Pub 100-02 ch.15 §220.1.2: plan content"));
        assertEquals("rules/tables/codes.csv", LABELS.source("rules/tables/codes.csv"));
        assertEquals(List.of("tables/"), LABELS.cited("rules/tables/codes.csv"));
    }

    @Test
    void everyRuleSetRuleHasAFile() {
        for (RuleSet.RuleInfo r : TestRules.planner().rules().rules().values()) {
            assertTrue(LABELS.ruleFile(r.name()) != null, r.name());
        }
    }
}
