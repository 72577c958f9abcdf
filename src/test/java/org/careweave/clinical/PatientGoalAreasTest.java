package org.careweave.clinical;

import static org.careweave.clinical.Cases.json;
import static org.careweave.clinical.Cases.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.careweave.TestRules;
import org.careweave.internal.engine.Planner;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A patient's goal that names an assessed problem's own area never replaces the problem's measurable goal (CMS Pub
 * 100-02 ch.15 §220.1.2: goals measurable and pertaining to the impairments identified) and its words are carried
 * (APTA Guide: goals set with the patient). Checked for every area rules/tables/areas.csv lets a finding name: a case
 * with a deficit in that area alone, planned without and with a goal in the patient's words naming it.
 */
class PatientGoalAreasTest {

    private static final String WORDS = "my own words for this";

    private record Area(String area, String scale) {}

    private static List<String> rows(String table) throws IOException {
        return Files.readAllLines(TestRules.RULES.resolve("tables").resolve(table)).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).skip(1).toList();
    }

    /** Areas a finding may name (areas.csv input "finding"), with their scale. No quoted commas in these columns. */
    private static List<Area> findingAreas() throws IOException {
        List<Area> out = new ArrayList<>();
        for (String l : rows("areas.csv")) {
            String[] c = l.split(",");
            if (c[c.length - 1].equals("finding")) {
                out.add(new Area(c[0], c[3]));
            }
        }
        return out;
    }

    /** area|scale: the cut-off that makes a score a deficit (finding-thresholds.csv, adult or any age). */
    private static Map<String, String> cutOffs() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String l : rows("finding-thresholds.csv")) {
            String[] c = l.split(",");
            String ages = l.endsWith(",") ? "" : c[c.length - 1];
            if (!ages.equals("child")) {
                out.putIfAbsent(c[0] + "|" + c[1], c[3]);
            }
        }
        return out;
    }

    private static String finding(Area a, Map<String, String> cutOffs) {
        if (a.scale().equals("gg")) {
            return "{ \"area\": \"" + a.area() + "\", \"level\": 3 }";
        }
        if (a.scale().equals("presence")) {
            return "{ \"area\": \"" + a.area() + "\" }";
        }
        String cut = cutOffs.get(a.area() + "|" + a.scale());
        return cut == null ? null : "{ \"area\": \"" + a.area() + "\", \"score\": " + cut + " }";
    }

    private static String key(GoalItem g) {
        return g.discipline() + " " + g.area() + " " + g.term() + " " + Objects.toString(g.target());
    }

    @Test
    void everyAreaKeepsItsMeasurableGoalAndCarriesThePatientsWords() throws IOException {
        Map<String, String> cutOffs = cutOffs();
        List<String> checked = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Area a : findingAreas()) {
            String f = finding(a, cutOffs);
            if (f == null) {
                continue;
            }
            String goal = "{ \"text\": \"" + WORDS + "\", \"activity\": \"" + a.area() + "\" }";
            CarePlan without = plan(json("{ \"category\": \"deconditioning\" }", f, "", null));
            CarePlan with = plan(json("{ \"category\": \"deconditioning\" }", f, goal, null));
            List<GoalItem> own = without.goals().stream().filter(g -> g.area().equals(a.area())).toList();
            if (own.isEmpty()) {
                continue; // no discipline leads a problem in this area from this case alone
            }
            checked.add(a.area());
            List<String> kept = with.goals().stream().map(PatientGoalAreasTest::key).toList();
            for (GoalItem g : own) {
                if (!kept.contains(key(g))) {
                    failures.add(a.area() + ": lost " + g.term() + " goal '" + g.text() + "'");
                }
            }
            if (with.goals().stream().noneMatch(g -> g.area().equals(a.area()) && WORDS.equals(g.patientWords())
                    && g.text().contains("\"" + WORDS + "\""))) {
                failures.add(a.area() + ": the patient's words are not carried: " + with.goals());
            }
            if (with.alerts().stream().anyMatch(x -> x.kind().equals("goal-not-assessed"))) {
                failures.add(a.area() + ": goal-not-assessed although the area is a problem");
            }
        }
        assertEquals(List.of(), failures);
        // the areas of the task: a knee's range of motion, buttoning (fine motor), a ring that fits (edema)
        assertTrue(checked.containsAll(List.of("range-of-motion", "fine-motor", "edema", "coordination", "balance",
                "eating")), "checked: " + checked);
        assertTrue(checked.size() >= 30, "checked " + checked.size() + ": " + checked);
    }

    /** Two goals naming one problem: two goals, each carrying its words beside the same measure; none dropped. */
    @Test
    void twoGoalsOnOneProblemAreBothCarried() {
        CarePlan p = plan(json("{ \"category\": \"deconditioning\" }", "{ \"area\": \"range-of-motion\", \"region\": \"lower-limb\" }",
                "{ \"text\": \"ride my bike\", \"activity\": \"range-of-motion\" },"
                        + " { \"text\": \"kneel in the garden\", \"activity\": \"range-of-motion\" }", null));
        List<GoalItem> rom = p.goals().stream().filter(g -> g.area().equals("range-of-motion")).toList();
        assertEquals(2, rom.size(), rom.toString());
        for (String words : List.of("ride my bike", "kneel in the garden")) {
            assertTrue(rom.stream().anyMatch(g -> words.equals(g.patientWords())
                    && g.text().contains("knee flexion at least 110°") && g.text().contains("\"" + words + "\"")),
                    rom.toString());
        }
        assertFalse(rom.stream().anyMatch(g -> g.text().contains("as the patient put it")), rom.toString());
    }

    /** A child's feeding difficulty (F84: nature feeding) on Eating at GG 03, and the child's goal naming eating. */
    private static final String FEEDING = "{ \"caseId\": \"t\", \"asOf\": \"2026-11-20\","
            + " \"patient\": { \"birthDate\": \"2020-03-14\" }, \"setting\": \"outpatient\","
            + " \"payer\": { \"kind\": \"commercial\" }, \"conditions\": [ { \"code\": \"F84.0\", \"category\": \"developmental\" } ],"
            + " \"findings\": [ { \"area\": \"eating\", \"level\": 3 } ],"
            + " \"goals\": [ { \"text\": \"eat dinner with my family\", \"activity\": \"eating\" } ] }";

    /** The feeding goal (rules/plan/natures.drl) carries the words: on main they were dropped without an alert. */
    @Test
    void aFeedingGoalCarriesTheChildsWords() {
        CarePlan p = plan(FEEDING);
        GoalItem g = p.goals().stream().filter(x -> x.area().equals("eating") && "long".equals(x.term())).findFirst()
                .orElseThrow(() -> new AssertionError(p.goals().toString()));
        assertEquals("eat dinner with my family", g.patientWords());
        assertTrue(g.text().contains("accepts new foods and textures"), "the feeding measure stays: " + g.text());
        assertFalse(p.alerts().stream().anyMatch(a -> a.kind().startsWith("goal-not-")), p.alerts().toString());
    }

    /** A rule set whose goal rule forgets the words: the goal is named by a goal-not-carried warning, not lost. */
    @Test
    void aGoalNoGoalCarriesIsNamedForTheTherapist(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("rules");
        TestRules.copyTree(TestRules.RULES, rules);
        Path natures = rules.resolve("plan/natures.drl");
        String drl = Files.readString(natures);
        String forgetful = drl.replace("words, own ) );", "words, null ) );");
        assertFalse(drl.equals(forgetful), "natures.drl no longer passes the words as expected by this test");
        Files.writeString(natures, forgetful);
        CarePlan p = Planner.fromDirectory(rules).plan(CaseReader.read(FEEDING));
        assertTrue(p.alerts().stream().anyMatch(a -> a.kind().equals("goal-not-carried")
                && a.severity().equals("warning") && a.message().contains("goal about eating")
                && !a.message().contains("dinner")), p.alerts().toString());
    }
}
