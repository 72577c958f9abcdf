package org.careweave.internal.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.careweave.TestRules;
import org.careweave.io.CaseReader;
import org.careweave.plan.CarePlan;
import org.careweave.plan.ClaimLine;
import org.junit.jupiter.api.Test;

/**
 * Users' trial 42 (inbox item C): a line split between therapist and assistant units is two claim lines, and each
 * line's reasons explain that line's modifiers only. examples/billing-assistant-minutes-split: PT 97110, 40 minutes,
 * 25 by the PTA: 97110 GP 1 unit (the PT's 15 minutes) and 97110 CQ GP 2 units (the PTA's 15 and last 10 minutes),
 * worked out in its expectation by CMS's CQ/CO examples. The GP-only line read "CQ: 2 units of 97110 ..." and "CQ
 * units: furnished in whole or in part by a PT assistant ..." though it carries no CQ.
 */
class AssistantSplitReasonsTest {

    @Test
    void theLineWithoutCqSaysNothingOfCq() throws Exception {
        CarePlan p = TestRules.planner().plan(CaseReader.read(Files.readString(
                TestRules.EXAMPLES.resolve("billing-assistant-minutes-split.json"))));
        List<ClaimLine> lines = p.claims().stream().flatMap(d -> d.lines().stream()).toList();
        assertEquals(2, lines.size(), lines.toString());
        ClaimLine gp = lines.stream().filter(l -> l.modifiers().equals(List.of("GP"))).findFirst().orElseThrow();
        ClaimLine cq = lines.stream().filter(l -> l.modifiers().equals(List.of("CQ", "GP"))).findFirst().orElseThrow();
        assertEquals(1, gp.units());
        assertEquals(2, cq.units());
        assertTrue(gp.reasons().stream().noneMatch(r -> r.because().startsWith("CQ")), gp.reasons().toString());
        assertTrue(gp.reasons().stream().anyMatch(r -> r.because().startsWith("GP: ")), gp.reasons().toString());
        // the CQ line keeps both: how its units were counted and how the payer pays them
        assertTrue(cq.reasons().stream().anyMatch(r -> r.because().startsWith("CQ: 2 units of 97110")),
                cq.reasons().toString());
        assertTrue(cq.reasons().stream().anyMatch(r -> r.because().startsWith("CQ units: furnished in whole or in"
                + " part by a PT assistant")), cq.reasons().toString());
    }
}
