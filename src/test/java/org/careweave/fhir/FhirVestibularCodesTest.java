package org.careweave.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.careweave.TestRules;
import org.careweave.internal.engine.RuleSource;
import org.careweave.internal.fhir.BundleReader;
import org.careweave.internal.fhir.FhirMapping;
import org.careweave.io.CaseReader;
import org.careweave.io.PlanWriter;
import org.careweave.model.Case;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An EHR sends a Condition with its ICD-10-CM code alone: the rule set's fhir-icd10-categories.csv maps it to the
 * category the rules key on. The fresh-user trial (trial-int-26 finding 12) found no row for a concussion (S06.0), a
 * postconcussional syndrome (F07.81), labyrinthine hypofunction (H83.2) or dizziness (R42), so such a bundle was
 * refused ("matches no row") although the same case in JSON planned. Each code below now maps to vestibular, and the
 * bundle plans exactly as the JSON case with that category.
 */
class FhirVestibularCodesTest {

    static FhirMapping map;

    @BeforeAll
    static void mapping() {
        map = FhirMapping.of(RuleSource.fromDirectory(TestRules.RULES));
    }

    private static String json(String... codes) {
        StringBuilder conditions = new StringBuilder();
        for (String code : codes) {
            conditions.append(conditions.length() == 0 ? "" : ", ").append("{ \"code\": \"").append(code)
                    .append("\", \"category\": \"vestibular\", \"onset\": \"2026-10-28\" }");
        }
        return "{ \"caseId\": \"fv\", \"asOf\": \"2026-11-18\", \"patient\": { \"birthDate\": \"1990-04-22\" },"
                + " \"setting\": \"outpatient\", \"payer\": { \"kind\": \"commercial\" },"
                + " \"conditions\": [" + conditions + "],"
                + " \"findings\": [ { \"area\": \"balance\", \"score\": 52 }, { \"area\": \"vision\" } ] }";
    }

    /** The bundle of the JSON case, its Conditions carrying the ICD-10-CM code only (no careweave category). */
    private static String codeOnlyBundle(Case c) {
        String bundle = CaseBundles.json(c, map);
        String stripped = bundle.replaceAll(",\\s*\\{\\s*\"system\"\\s*:\\s*\"http://careweave\\.org/fhir/CodeSystem/"
                + "condition-category\"\\s*,\\s*\"code\"\\s*:\\s*\"vestibular\"\\s*\\}", "");
        assertNotEquals(bundle, stripped, "the category codings were removed");
        return stripped;
    }

    @Test
    void concussionPostconcussionalSyndromeHypofunctionAndDizzinessCodesPlanAsTheJsonCase() throws Exception {
        for (List<String> codes : List.of(List.of("S06.0X0D", "H81.23"), List.of("S06.0X0D", "H83.2X1"),
                List.of("F07.81"), List.of("H83.2X2"), List.of("R42"))) {
            Case json = CaseReader.read(json(codes.toArray(String[]::new)));
            Case fhir = BundleReader.read(codeOnlyBundle(json), map, null, null);
            assertEquals(codes.stream().map(x -> "vestibular").toList(),
                    fhir.conditions().stream().map(k -> k.category()).toList(), codes.toString());
            assertEquals(PlanWriter.json(TestRules.planner().plan(json)), PlanWriter.json(TestRules.planner().plan(fhir)),
                    codes + ": the same plan");
        }
    }
}
