package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.careweave.RuleBuildException;
import org.careweave.TestRules;
import org.careweave.fact.AreaInfo;
import org.careweave.fact.CodeInfo;
import org.careweave.fact.ConditionInfo;
import org.careweave.fact.DisciplineInfo;
import org.careweave.fact.InterventionOption;
import org.careweave.fact.SettingInfo;
import org.careweave.fact.SourceInfo;
import org.careweave.fact.VocabularyTerm;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.Test;

/**
 * Table rows reach rules two ways: as facts in every plan's session (only the tables some pattern matches), or
 * looked up in the rule set's index with {@code from tables.area($a)} (org.careweave.fact.Tables), which needs no
 * rows in the session at all. Both ways read the rule set's own tables.
 */
class TableIndexTest {

    private static final Case CASE = CaseReader.read("""
            {"caseId": "t", "asOf": "2026-01-10", "setting": "outpatient",
             "findings": [ {"area": "walk-150-feet", "level": 2} ]}
            """);

    /** The test's own areas table: labels the bundled table does not have, so the plan shows which was read. */
    private static final String AREAS = """
            area,label,domain,scale,input
            walk-150-feet,Walking far (test row),mobility,gg,finding
            """;

    private static final String HEAD = """
            package careweave.test;
            import org.careweave.fact.*;
            import org.careweave.model.*;
            """;

    private static final String JOIN = HEAD + """
            rule "Neither discipline is indicated, said with the finding's area label"
                @source("test")
            when
                Finding( $a : area )
                AreaInfo( area == $a, $label : label )
                DisciplineInfo( $d : discipline )
            then
                insertLogical( new NoIndication( $d, $label + ": found" ) );
            end
            """;

    private static final String FROM = HEAD + """
            global Tables tables;
            rule "Neither discipline is indicated, said with the finding's area label"
                @source("test")
            when
                Finding( $a : area )
                AreaInfo( $label : label ) from tables.area( $a )
                DisciplineInfo( $d : discipline )
                not AreaInfo() from tables.area( "no-such-area" )
            then
                insertLogical( new NoIndication( $d, $label + ": found" ) );
            end
            """;

    private static RuleSet compile(String drl) {
        Map<String, String> files = new HashMap<>();
        files.put("rule.drl", drl);
        files.put("tables/disciplines.csv", RuleSafetyTest.DISCIPLINES);
        files.put("tables/column-types.csv", RuleSafetyTest.COLUMN_TYPES);
        files.put("tables/areas.csv", AREAS);
        return RuleSet.compile(RuleSource.of("test", files));
    }

    private static String plan(RuleSet rules) {
        return PlanWriter.jsonLine(Planner.of(rules, 5_000).plan(CASE));
    }

    @Test
    void aJoinAndAFromLookUpReadTheRuleSetsOwnRowAndPlanAlike() {
        RuleSet join = compile(JOIN);
        RuleSet from = compile(FROM);
        String joined = plan(join);
        assertTrue(joined.contains("Walking far (test row): found"), joined);
        assertEquals(joined.replace(join.version(), ""), plan(from).replace(from.version(), ""));
        // the join needs the rows in the session; the look-up does not
        assertTrue(join.sessionTableFacts().stream().anyMatch(AreaInfo.class::isInstance));
        assertFalse(from.sessionTableFacts().stream().anyMatch(AreaInfo.class::isInstance));
        assertTrue(from.tableFacts().stream().anyMatch(AreaInfo.class::isInstance), "Java still reads every row");
    }

    @Test
    void sessionsOfTheBundledRulesHoldOnlyTheTablesRulesMatch() {
        RuleSet rules = TestRules.planner().rules();
        // column-types.csv rows only check tables at load (tables/column-types.csv), icd10-cm-chapters.csv rows only a
        // case's codes (CaseReader): no rule matches them
        List<Class<?>> unread = List.of(VocabularyTerm.class, SourceInfo.class, ConditionInfo.class,
                SettingInfo.class, AreaInfo.class, ColumnType.class, org.careweave.fact.Icd10Chapter.class);
        for (Class<?> type : unread) {
            assertTrue(rules.tableFacts().stream().anyMatch(type::isInstance), type.getSimpleName());
            assertFalse(rules.sessionTableFacts().stream().anyMatch(type::isInstance), type.getSimpleName()
                    + " rows are in every plan's session: some rule matches them as facts (for AreaInfo, look the row"
                    + " up with from tables.area($a) instead: rules/README, \"Tables\")");
        }
        for (Class<?> type : List.of(InterventionOption.class, DisciplineInfo.class, CodeInfo.class)) {
            assertTrue(rules.sessionTableFacts().stream().anyMatch(type::isInstance), type.getSimpleName());
        }
        long unreadRows = rules.tableFacts().stream().filter(r -> unread.stream().anyMatch(t -> t.isInstance(r)))
                .count();
        assertEquals(rules.tableFacts().size() - unreadRows, rules.sessionTableFacts().size());
    }

    @Test
    void aGlobalNamedTablesOfAnotherTypeIsABuildError() {
        RuleBuildException e = assertThrows(RuleBuildException.class,
                () -> compile(JOIN.replace("import org.careweave.model.*;", "import org.careweave.model.*;\nglobal String tables;")));
        assertTrue(e.getMessage().contains("declare it as 'global Tables tables;'"), e.getMessage());
    }
}
