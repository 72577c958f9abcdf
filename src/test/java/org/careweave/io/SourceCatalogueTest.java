package org.careweave.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.careweave.fact.SourceInfo;
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

    /** careweave's own notes: they name published sources, which is what a rule or row must cite. */
    private static final java.util.regex.Pattern NOTES =
            java.util.regex.Pattern.compile("(?i)\\b(domain|contract)\\.md\\b");

    @Test
    void noRuleOrTableRowCitesTheProjectNotes() throws Exception {
        List<String> notes = new ArrayList<>();
        TestRules.planner().rules().rules().values().stream()
                .filter(r -> r.source() != null && NOTES.matcher(r.source()).find())
                .forEach(r -> notes.add(r.file() + ": \"" + r.name() + "\" cites " + r.source()));
        int rows = 0;
        for (Object row : TestRules.planner().rules().tableFacts()) {
            for (RecordComponent c : row.getClass().getRecordComponents()) {
                if (c.getName().equals("source") && c.getType() == String.class) {
                    rows++;
                    String source = (String) c.getAccessor().invoke(row);
                    if (source != null && NOTES.matcher(source).find()) {
                        notes.add(row.getClass().getSimpleName() + ": " + source);
                    }
                }
            }
        }
        assertTrue(rows > 200, "only " + rows + " table rows checked");
        assertEquals(List.of(), notes, "cite the published source domain.md or contract.md names (a careweave "
                + "design choice: 'careweave case contract' and say so)");
    }

    @Test
    void theNotesCheckCatchesACitationOfTheNotesOnly() {
        assertTrue(NOTES.matcher("domain.md Hand: most hand therapists are OTs").find());
        assertTrue(NOTES.matcher("contract.md v2 additions").find());
        assertTrue(!NOTES.matcher("careweave case contract, findings[]").find());
        assertTrue(LABELS.cited("domain.md Hand").isEmpty(), "domain.md is no catalogue id");
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

    /**
     * The plan-of-care tables (precautions, goal courses, aids and functional goals, discharge equipment, home
     * programmes, referrals) and the finding thresholds (a score's need cites its row) put their rows' sources in
     * front of a therapist: each must cite a published reference
     * the catalogue titles, not only careweave's own notes (project ids).
     */
    @Test
    void everyPlanOfCareRowCitesAPublishedReference() throws Exception {
        Set<String> tables = Set.of("PrecautionText", "GoalCourse", "GoalAid", "GoalArea", "FunctionalGoal", "ScoreGoal", "GradeBand", "EquipmentOption",
                "HomeProgramOption", "ReferralOption", "FindingThreshold");
        List<String> published = TestRules.planner().rules().tableFacts().stream()
                .filter(r -> r instanceof SourceInfo s && !"project".equals(s.kind()))
                .map(r -> ((SourceInfo) r).id()).toList();
        List<String> unpublished = new ArrayList<>();
        int checked = 0;
        for (Object row : TestRules.planner().rules().tableFacts()) {
            if (!tables.contains(row.getClass().getSimpleName())) {
                continue;
            }
            for (RecordComponent c : row.getClass().getRecordComponents()) {
                if (c.getName().equals("source")) {
                    String source = (String) c.getAccessor().invoke(row);
                    checked++;
                    if (source == null || published.stream().noneMatch(source::contains)) {
                        unpublished.add(row.getClass().getSimpleName() + ": " + source);
                    }
                }
            }
        }
        assertTrue(checked > 60, "only " + checked + " rows checked");
        assertEquals(List.of(), unpublished, "cite a published source and give it a title in rules/tables/sources.csv");
    }

    @Test
    void aPrecautionsReasonCitesItsRowsSource() throws Exception {
        assertEquals("Eannucci et al., \"A Protocol of Pose Avoidance in Place of Hip Precautions After Posterior-Approach"
                + " Total Hip Arthroplasty May Not Increase Risk of Post-operative Dislocation\", HSS Journal 2019;15(3):"
                + "247-253: standard precautions after posterior-approach THA are no flexion beyond 90 degrees, adduction"
                + " or internal rotation for 6 to 12 weeks",
                LABELS.source(TestRules.planner().plan(org.careweave.io.CaseReader.read(
                        java.nio.file.Path.of("examples/hip-replacement.json"))).precautions().stream()
                        .filter(p -> p.kind().equals("hip-posterior")).findFirst().orElseThrow().reasons().get(0)
                        .source()));
    }

    /** A score's need is driven by its finding-thresholds.csv row, so its reason cites that row (titled in reports). */
    @Test
    void aScoresNeedCitesItsThresholdRowsSource() throws Exception {
        assertEquals("Numeric Pain Rating Scale (0-10): 4 is the most recommended boundary between mild and moderate pain"
                + " (Woo et al. 2015, review of NRS cut points); moderate pain or worse is treated",
                needSource("examples/ankylosing-spondylitis.json", "pain",
                        "A score at or above its area's threshold is a need"));
        String berg = needSource("examples/guideline-nice-falls.json", "balance",
                "A score at or below its area's threshold is a need");
        assertTrue(berg.startsWith("Berg Balance Scale 0-56: 45 or less"), berg);
        assertTrue(LABELS.source(berg).contains("\"Use of the Berg Balance Scale for Predicting Multiple Falls"), berg);
    }

    private static String needSource(String example, String area, String rule) throws Exception {
        return TestRules.planner().plan(org.careweave.io.CaseReader.read(java.nio.file.Path.of(example))).problems()
                .stream().filter(p -> p.area().equals(area)).findFirst().orElseThrow().reasons().stream()
                .filter(r -> r.rule().equals(rule)).findFirst().orElseThrow().source();
    }
}
