package org.careweave.cds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Set;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.plan.CarePlan;
import org.careweave.plan.DischargePlan;
import org.careweave.plan.DisciplineDecision;
import org.careweave.plan.PrecautionItem;
import org.careweave.plan.Reason;
import org.careweave.plan.RulesUsed;
import org.junit.jupiter.api.Test;

/**
 * The order-sign card about a discipline ends its detail with the plan's precautions and discharge recommendation,
 * briefly; the summary stays the one short sentence (CDS Hooks: under 140 characters).
 */
class CdsCardsPlanNotesTest {

    static final Reason WHY = new Reason("a rule", "OT leads lower-body dressing", "a source");
    static final FhirMapping MAP = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));

    static CarePlan plan(List<PrecautionItem> precautions, DischargePlan discharge) {
        return new CarePlan("t-cds", new RulesUsed("test", "rules"),
                List.of(new DisciplineDecision("pt", true, "treat", "ordered", List.of(WHY)),
                        new DisciplineDecision("ot", true, "treat", "recommended", List.of(WHY))),
                List.of(), List.of(), List.of(), List.of(), precautions, discharge, List.of(), List.of(), null);
    }

    @Test
    void theOtherDisciplinesCardNamesThePrecautionsAndTheDischargePlan() {
        CarePlan plan = plan(List.of(
                new PrecautionItem("hip-posterior", "Posterior hip precautions: no hip flexion past 90 degrees, no "
                        + "crossing the legs past the midline (right)", List.of("pt", "ot"), List.of(WHY)),
                new PrecautionItem("weight-bearing", "Weight-bearing as tolerated", List.of("pt"), List.of(WHY))),
                new DischargePlan("home-with-help", List.of(WHY),
                        List.of(new DischargePlan.Equipment("tub-bench", "tub wall", "ot", "r", "s"),
                                new DischargePlan.Equipment("reacher", "dressing", "ot", "r", "s")),
                        List.of(new DischargePlan.HomeProgramEntry("pt", "Walk daily", "r", "s")),
                        List.of(new DischargePlan.ReferralItem("social-work", "no help at home", "r", "s"))));
        ArrayNode cards = CdsCards.orderSign(plan, Set.of("pt"), Set.of(), "Patient/P-7", MAP);
        assertEquals(1, cards.size(), "PT is being signed; OT is indicated and not ordered");
        JsonNode card = cards.get(0);
        assertEquals("OT is indicated too: add an OT referral", card.get("summary").asText());
        // names cut at the colon; vocabulary.csv words for the setting, equipment and referral
        assertEquals("- OT leads lower-body dressing (careweave rule *a rule*; source: a source)"
                + "\n\n**Precautions:** Posterior hip precautions (PT, OT); Weight-bearing as tolerated (PT)"
                + "\n\n**Discharge:** home with help from family or carers; obtain: tub transfer bench, reacher; "
                + "refer: Social work", card.get("detail").asText());
        assertTrue(card.get("summary").asText().length() < 140);
    }

    @Test
    void aPlanWithoutPrecautionsOrDischargeAddsNothing() {
        JsonNode card = CdsCards.orderSign(plan(List.of(), null), Set.of("pt"), Set.of(), "Patient/P-7", MAP).get(0);
        assertEquals("- OT leads lower-body dressing (careweave rule *a rule*; source: a source)",
                card.get("detail").asText());
    }
}
