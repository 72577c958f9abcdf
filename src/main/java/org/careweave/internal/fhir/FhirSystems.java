package org.careweave.internal.fhir;

import java.util.Map;

/**
 * Code system URIs careweave reads and writes, and the short names the {@code rules/tables/fhir-*.csv} tables use
 * for them (so a table row stays readable). careweave's own systems and extensions live under
 * {@link #CAREWEAVE_BASE}; their definitions are in {@code docs/fhir.md}.
 */
public final class FhirSystems {

    private FhirSystems() {}

    public static final String LOINC = "http://loinc.org";
    public static final String SNOMED = "http://snomed.info/sct";
    public static final String ICD10CM = "http://hl7.org/fhir/sid/icd-10-cm";
    public static final String CPT = "http://www.ama-assn.org/go/cpt";
    /** HCPCS Level II and the modifiers CMS lists (GP, GO, CQ, CO, KX, 59, XE, XS, XP, XU). */
    public static final String HCPCS = "https://www.cms.gov/Medicare/Coding/HCPCSReleaseCodeSets";
    /** NUBC revenue codes (0420 physical therapy, 0430 occupational therapy, ...). */
    public static final String NUBC_REVENUE = "https://www.nubc.org/CodeSystem/RevenueCodes";
    public static final String NUCC = "http://nucc.org/provider-taxonomy";
    public static final String SOPT = "https://nahdo.org/sopt";
    public static final String POS = "https://www.cms.gov/Medicare/Coding/place-of-service-codes/Place_of_Service_Code_Set";
    public static final String V3_ACT = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    public static final String COVERAGE_CLASS = "http://terminology.hl7.org/CodeSystem/coverage-class";
    public static final String CLAIM_TYPE = "http://terminology.hl7.org/CodeSystem/claim-type";
    public static final String PROCESS_PRIORITY = "http://terminology.hl7.org/CodeSystem/processpriority";
    public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    public static final String UCUM = "http://unitsofmeasure.org";

    /** Root of careweave's published FHIR artefacts (code systems, extensions). */
    public static final String CAREWEAVE_BASE = "http://careweave.org/fhir";
    /** Finding areas of the careweave contract (code = area name): for areas with no LOINC code. */
    public static final String FINDING_AREA = CAREWEAVE_BASE + "/CodeSystem/finding-area";
    /** Condition categories of the careweave contract (code = category). */
    public static final String CONDITION_CATEGORY = CAREWEAVE_BASE + "/CodeSystem/condition-category";
    /** Patient-goal activities of the careweave contract (code = activity). */
    public static final String GOAL_ACTIVITY = CAREWEAVE_BASE + "/CodeSystem/goal-activity";
    /** The CMS two-digit Section GG item values (01..06, 07, 09, 10, 88). */
    public static final String CMS_GG_ANSWER = CAREWEAVE_BASE + "/CodeSystem/cms-gg-answer";
    /** Case facts with no standard code in careweave's reach: lives-alone, entry-stairs, bathroom. */
    public static final String CASE_FACT = CAREWEAVE_BASE + "/CodeSystem/case-fact";
    /** Plan alert kinds (DetectedIssue.code) and disciplines (pt, ot). */
    public static final String ALERT_KIND = CAREWEAVE_BASE + "/CodeSystem/alert-kind";
    public static final String DISCIPLINE = CAREWEAVE_BASE + "/CodeSystem/discipline";
    /** careweave rule names (GuidanceResponse.moduleCodeableConcept). */
    public static final String RULE = CAREWEAVE_BASE + "/CodeSystem/rule";
    /** Identifier system of careweave case ids (Bundle.identifier). */
    public static final String CASE_ID = CAREWEAVE_BASE + "/NamingSystem/case-id";

    public static final String V3_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    public static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("loinc", LOINC), Map.entry("snomed", SNOMED), Map.entry("cpt", CPT), Map.entry("nucc", NUCC),
            Map.entry("sopt", SOPT), Map.entry("pos", POS), Map.entry("v3-act", V3_ACT),
            Map.entry("cms-gg", CMS_GG_ANSWER), Map.entry("icd10cm", ICD10CM),
            Map.entry("v3-interpretation", V3_INTERPRETATION), Map.entry("data-absent", DATA_ABSENT));

    /** The URI of a table's short system name; the name itself when it is already a URI. */
    public static String uri(String alias) {
        return ALIASES.getOrDefault(alias, alias);
    }
}
