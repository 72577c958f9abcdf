package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.careweave.PlanningException;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/** Rules that misbehave fail the plan with the rule named; they never hang the caller or give a partial plan. */
class RuleSafetyTest {

    private static final Case CASE = CaseReader.read("""
            {"caseId": "t", "asOf": "2026-01-10", "setting": "outpatient",
             "findings": [ {"area": "walk-150-feet", "level": 2} ]}
            """);

    /** Just enough rules to plan a case: each finding a need and a problem, neither discipline indicated. */
    static final String BASE = """
            package careweave.test;
            import org.careweave.fact.*;
            import org.careweave.model.*;
            rule "Every finding is a need"
                @source("test")
            when
                Finding( $a : area )
            then
                insertLogical( new Need( $a, "found" ) );
                insertLogical( new Problem( $a ) );
            end
            rule "Every discipline is not indicated"
                @source("test")
            when
                DisciplineInfo( $d : discipline )
            then
                insertLogical( new NoIndication( $d, "test" ) );
            end
            """;

    static final String DISCIPLINES = """
            discipline,name,planModifier,assistantModifier,thresholdCategory,thresholdLabel
            pt,physical therapy,GP,CQ,pt-slp,the combined PT and SLP therapy threshold
            ot,occupational therapy,GO,CO,ot,the OT therapy threshold
            """;

    /**
     * The column types a folder with tables needs (TableLinter: without them no key or range is checked): the
     * disciplines table's key.
     */
    static final String COLUMN_TYPES = """
            table,column,values,min,max,key
            disciplines,discipline,,,,true
            """;

    private static Planner planner(String extraRules) {
        Map<String, String> files = new HashMap<>();
        files.put("base.drl", BASE);
        files.put("extra.drl", extraRules);
        files.put("tables/disciplines.csv", DISCIPLINES);
        files.put("tables/column-types.csv", COLUMN_TYPES);
        return Planner.of(RuleSet.compile(RuleSource.of("test", files)), 5_000);
    }

    @Test
    void aRuleThatKeepsFiringIsStoppedAndNamed() {
        Planner planner = planner("""
                package careweave.test;
                import org.careweave.fact.*;
                rule "Needs breed needs forever"
                    @source("test")
                when
                    Need( $b : because )
                then
                    insert( new Need( "walk-150-feet", $b + "!" ) );
                end
                """);
        PlanningException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(PlanningException.class, () -> planner.plan(CASE)));
        assertTrue(e.getMessage().contains("\"Needs breed needs forever\""), e.getMessage());
        assertTrue(e.getMessage().contains("rules/extra.drl"), e.getMessage());
    }

    @Test
    void twoOverridesThatDisagreeAboutALeadFailThePlanNamingBothRules() {
        Planner planner = planner("""
                package careweave.test;
                import org.careweave.fact.*;
                rule "PT claims walking"
                    @source("test")
                when
                    Problem( $a : area )
                then
                    insertLogical( new Lead( $a, "pt", new LeadOverride( $a, "pt", "x" ) ) );
                end
                rule "OT claims walking too"
                    @source("test")
                when
                    Problem( $a : area )
                then
                    insertLogical( new Lead( $a, "ot", new LeadOverride( $a, "ot", "y" ) ) );
                end
                """);
        PlanningException e = assertThrows(PlanningException.class, () -> planner.plan(CASE));
        assertTrue(e.getMessage().contains("walk-150-feet") && e.getMessage().contains("2 leads"), e.getMessage());
    }

    @Test
    void aProblemWithoutAnyLeadFailsThePlan() {
        PlanningException e = assertThrows(PlanningException.class, () -> planner("package careweave.test;").plan(CASE));
        assertTrue(e.getMessage().contains("'walk-150-feet' has no lead"), e.getMessage());
    }

    @Test
    void aDisciplineWithNoDecisionFailsThePlan() {
        Map<String, String> files = Map.of("base.drl", BASE.replace("DisciplineInfo( $d : discipline )",
                "DisciplineInfo( $d : discipline == \"pt\" )") + """
                rule "Walking is PT's"
                    @source("test")
                when
                    Problem( $a : area )
                then
                    insertLogical( new Lead( $a, "pt", null ) );
                end
                """, "tables/disciplines.csv", DISCIPLINES, "tables/column-types.csv", COLUMN_TYPES);
        Planner planner = Planner.of(RuleSet.compile(RuleSource.of("test", files)), 5_000);
        PlanningException e = assertThrows(PlanningException.class, () -> planner.plan(CASE));
        assertTrue(e.getMessage().contains("whether ot is indicated"), e.getMessage());
    }

    @Test
    void aConsequenceThatThrowsFailsThePlanNamingTheRuleAndFileButNotTheMessage() {
        Planner planner = planner("""
                package careweave.test;
                import org.careweave.fact.*;
                rule "Needs are divided by zero"
                    @source("test")
                when
                    Need( $b : because )
                then
                    throw new ArithmeticException("patient born 1951-04-02");
                end
                """);
        PlanningException e = assertThrows(PlanningException.class, () -> planner.plan(CASE));
        assertTrue(e.getMessage().contains("rule \"Needs are divided by zero\" in rules/extra.drl failed: "
                + "ArithmeticException in its consequence"), e.getMessage());
        assertTrue(!e.getMessage().contains("1951"), e.getMessage());
    }

    @Test
    void aConditionThatThrowsFailsThePlanNamingTheRuleFileAndCondition() {
        // the case's need has no body region: a region that can be null given to startsWith (fresh-user trial,
        // stop 36: a table row with an empty codePrefix failed plans as "internal error (ConstraintEvaluationException)")
        Planner planner = planner("""
                package careweave.test;
                import org.careweave.fact.*;
                rule "Needs of a region start with its name"
                    @source("test")
                when
                    Need( $a : area, area.startsWith( region ) )
                then
                end
                """);
        PlanningException e = assertThrows(PlanningException.class, () -> planner.plan(CASE));
        assertTrue(e.getMessage().startsWith("rule \"Needs of a region start with its name\" in rules/extra.drl failed: "
                + "NullPointerException in its condition "), e.getMessage());
        assertTrue(e.getMessage().endsWith("area.startsWith( region )"), e.getMessage());
        assertTrue(e instanceof RuleFailure f && f.rule().equals("Needs of a region start with its name"));
    }

    @Test
    void aPlanPastItsTimeLimitIsStoppedNamingTheRuleThatWasRunning() {
        Planner planner = planner("""
                package careweave.test;
                import org.careweave.fact.*;
                rule "Needs take their time"
                    @source("test")
                when
                    Need( $b : because )
                then
                    try { Thread.sleep(400); } catch (InterruptedException e) { }
                end
                """).withTimeLimit(Duration.ofMillis(100));
        PlanningException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> assertThrows(PlanningException.class, () -> planner.plan(CASE)));
        assertTrue(e.getMessage().contains("longer than 100 ms: rule \"Needs take their time\" in rules/extra.drl"
                + " was running"), e.getMessage());
    }

    @Test
    void theFiringBudgetGrowsWithTheCaseSoABigCaseIsNotBlamedOnTheRules() {
        // A base budget of 100 firings, and a rule that rightly fires once per service: 500 visit dates x 4
        // services fire it 2,000 times, within 100 + 50 per fact of the case (2,001 facts).
        Map<String, String> files = new HashMap<>();
        files.put("base.drl", BASE);
        files.put("extra.drl", """
                package careweave.test;
                import org.careweave.fact.*;
                rule "Each service delivered is counted"
                    @source("test")
                when
                    DeliveredService( $p : ref )
                then
                    // counted by the recorder; nothing to conclude
                end
                """);
        files.put("tables/disciplines.csv", DISCIPLINES);
        files.put("tables/column-types.csv", COLUMN_TYPES);
        Planner planner = Planner.of(RuleSet.compile(RuleSource.of("test", files)), 100);
        String visits = TestRules.fourServicesADay(500);
        Case big = CaseReader.read("""
                {"caseId": "big", "asOf": "2025-06-01", "setting": "outpatient",
                 "visits": [%s]}
                """.formatted(visits));
        Engine.Run run = planner.run(big, false);
        assertTrue(run.firings().get("Each service delivered is counted") == 2000, run.firings().toString());
    }
}
