package org.careweave.clinical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.Reason;
import org.junit.jupiter.api.Test;

/**
 * Hostile-user trial: reasons read "after hand-injury", the condition's code in prose. The split rules that name a
 * condition look its label up in conditions.csv (tables.condition): "after hand injury", "after joint replacement".
 */
class ConditionLabelsInReasonsTest {

    private static List<String> becauses(String example) throws IOException {
        Case c = CaseReader.read(Path.of("examples/" + example + ".json"));
        return TestRules.planner().plan(c).problems().stream().flatMap(p -> p.reasons().stream())
                .map(Reason::because).toList();
    }

    @Test
    void handTherapyReasonsNameTheConditionByItsLabel() throws IOException {
        List<String> because = becauses("hand-injury-return-to-work");
        assertTrue(because.contains("fine motor skills (region not given: taken to be the hand) after hand injury is"
                + " hand therapy, which OT leads: most certified hand therapists are OTs (HTCC)"), because.toString());
        assertFalse(because.stream().anyMatch(b -> b.contains("hand-injury")), because.toString());
    }

    @Test
    void lowerLimbReasonsAfterJointReplacementNameItByItsLabel() throws IOException {
        List<String> because = becauses("hip-replacement");
        assertTrue(because.stream().anyMatch(b -> b.startsWith("pain (region not given: the hip the joint"
                + " replacement code names)")), because.toString());
        assertFalse(because.stream().anyMatch(b -> b.contains("joint-replacement")), because.toString());
    }

    @Test
    void theTablesIndexGivesAConditionsRow() {
        org.careweave.fact.Tables tables = org.careweave.fact.Tables.of(List.of(
                new org.careweave.fact.ConditionInfo("hand-injury", "hand injury"),
                new org.careweave.fact.AreaInfo("pain", "Pain", null, null, null)));
        assertEquals("hand injury", tables.condition("hand-injury").label());
        assertEquals(null, tables.condition("no-such-category"));
        assertEquals(null, tables.condition("pain"), "an area is not a condition");
    }
}
