package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.BundleWriter;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.internal.fhir.FhirSystems;
import org.careweave.io.CaseReader;
import org.careweave.model.Case;
import org.careweave.plan.CarePlan;
import org.careweave.plan.GoalItem;
import org.careweave.plan.PrecautionItem;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract v2 facts of every example's plan arrive in its FHIR bundle, one for one (docs/fhir.md, "Goals,
 * precautions and discharge"): each goal's term, due date (asOf + weeks) and patient's words; each precaution as an
 * active Flag of its kind, listed by the CarePlan of every discipline it binds; each piece of discharge equipment
 * as a DeviceRequest and each referral as a ServiceRequest of the discharge CarePlan.
 */
class FhirPlanFactsTest {

    static FhirMapping map;

    @BeforeAll
    static void mapping() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
    }

    static String code(List<Coding> codings, String system) {
        return codings.stream().filter(k -> system.equals(k.getSystem())).map(Coding::getCode).findFirst()
                .orElse(null);
    }

    @TestFactory
    Stream<DynamicTest> everyExamplesGoalsPrecautionsAndDischargeAreInItsBundle() throws IOException {
        List<Path> cases = FhirValidationTest.exampleCases();
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Case c = CaseReader.read(p);
            CarePlan plan = TestRules.planner().plan(c);
            Bundle b = BundleReader.parse(BundleWriter.json(c, plan, map));
            java.util.Map<String, org.hl7.fhir.r4.model.Resource> byUrl = new java.util.HashMap<>();
            b.getEntry().forEach(e -> byUrl.put(e.getFullUrl(), e.getResource()));

            List<Goal> goals = FhirExamplesTest.all(b, Goal.class);
            assertEquals(plan.goals().size(), goals.size());
            for (int i = 0; i < goals.size(); i++) {
                GoalItem g = plan.goals().get(i);
                Goal fhir = goals.get(i);
                assertEquals(g.id(), fhir.getIdentifierFirstRep().getValue(), "goals in plan order");
                assertEquals(g.text(), fhir.getDescription().getText());
                assertEquals(g.term(), fhir.getCategory().stream().map(k -> code(k.getCoding(), FhirSystems.GOAL_TERM))
                        .filter(Objects::nonNull).findFirst().orElse(null), g.id() + " term");
                assertEquals(g.weeks() == null ? null : c.asOf().plusWeeks(g.weeks()).toString(),
                        fhir.getTargetFirstRep().hasDueDateType()
                                ? fhir.getTargetFirstRep().getDueDateType().getValueAsString() : null, g.id() + " due");
                assertEquals(g.patientWords() != null, fhir.hasExpressedBy(), g.id() + " expressedBy");
                assertEquals(g.baseline() != null && (g.baseline().value() != null || g.baseline().words() != null),
                        fhir.getAddresses().stream().anyMatch(r -> r.getReference().startsWith("urn:uuid:")
                                && byUrl.get(r.getReference()) instanceof org.hl7.fhir.r4.model.Observation),
                        g.id() + " baseline Observation");
            }

            List<Flag> flags = FhirExamplesTest.all(b, Flag.class);
            assertEquals(plan.precautions().stream().map(PrecautionItem::kind).toList(),
                    flags.stream().map(f -> code(f.getCode().getCoding(), FhirSystems.PRECAUTION)).toList());
            List<org.hl7.fhir.r4.model.CarePlan> carePlans = FhirExamplesTest.all(b,
                    org.hl7.fhir.r4.model.CarePlan.class);
            for (int i = 0; i < flags.size(); i++) {
                PrecautionItem pi = plan.precautions().get(i);
                Flag f = flags.get(i);
                assertEquals(Flag.FlagStatus.ACTIVE, f.getStatus());
                assertEquals(pi.text(), f.getCode().getText());
                String url = b.getEntry().stream().filter(e -> e.getResource() == f).findFirst().orElseThrow()
                        .getFullUrl();
                for (String d : pi.disciplines()) {
                    if (plan.discipline(d) != null && plan.discipline(d).indicated()) {
                        assertTrue(carePlans.stream().filter(cp -> cp.getCategory().stream()
                                .anyMatch(k -> d.equals(code(k.getCoding(), FhirSystems.DISCIPLINE))))
                                .allMatch(cp -> cp.getSupportingInfo().stream().map(Reference::getReference)
                                        .anyMatch(url::equals)), pi.kind() + " bound to " + d);
                    }
                }
            }

            List<DeviceRequest> devices = FhirExamplesTest.all(b, DeviceRequest.class);
            List<ServiceRequest> referrals = FhirExamplesTest.all(b, ServiceRequest.class).stream()
                    .filter(sr -> code(sr.getCode().getCoding(), FhirSystems.REFERRAL) != null).toList();
            if (plan.discharge() == null) {
                assertEquals(0, devices.size() + referrals.size());
                return;
            }
            assertEquals(plan.discharge().equipment().stream().map(e -> e.item()).toList(),
                    devices.stream().map(d -> code(d.getCodeCodeableConcept().getCoding(), FhirSystems.EQUIPMENT))
                            .toList());
            assertEquals(plan.discharge().referrals().stream().map(r -> r.to()).toList(),
                    referrals.stream().map(sr -> code(sr.getCode().getCoding(), FhirSystems.REFERRAL)).toList());
        }));
    }
}
