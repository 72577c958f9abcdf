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
    /** Goal scales with no standard code (code = the plan's scale name: mmt-0-5, berg-0-56, ...). */
    public static final String SCALE = CAREWEAVE_BASE + "/CodeSystem/scale";
    /** Goal term: short or long (Goal.category). */
    public static final String GOAL_TERM = CAREWEAVE_BASE + "/CodeSystem/goal-term";
    /** Precaution kinds of the contract (code = kind: hip-posterior, weight-bearing, ...). */
    public static final String PRECAUTION = CAREWEAVE_BASE + "/CodeSystem/precaution";
    /** Weight-bearing levels of the contract (nwb, ttwb, pwb, wbat, fwb). */
    public static final String WEIGHT_BEARING = CAREWEAVE_BASE + "/CodeSystem/weight-bearing";
    /** Discharge settings of the contract (code = recommendedSetting). */
    public static final String DISCHARGE_SETTING = CAREWEAVE_BASE + "/CodeSystem/discharge-setting";
    /** Home equipment names of the contract (home.equipment, discharge.equipment[].item). */
    public static final String EQUIPMENT = CAREWEAVE_BASE + "/CodeSystem/equipment";
    /** Referral targets of the contract (discharge.referrals[].to). */
    public static final String REFERRAL = CAREWEAVE_BASE + "/CodeSystem/referral";
    /** GG0110 prior devices of the contract (patient.priorDevices). */
    public static final String PRIOR_DEVICE = CAREWEAVE_BASE + "/CodeSystem/prior-device";
    /** GG0100 prior-function answers of the contract: independent, some-help, dependent. */
    public static final String PRIOR_FUNCTION = CAREWEAVE_BASE + "/CodeSystem/prior-function";
    /** Who can help at home: none, part-time, full-time (home.help). */
    public static final String HOME_HELP = CAREWEAVE_BASE + "/CodeSystem/home-help";
    /** Kinds of CarePlan careweave writes (discharge). */
    public static final String PLAN_KIND = CAREWEAVE_BASE + "/CodeSystem/plan-kind";
    /** Identifier system of careweave case ids (Bundle.identifier). */
    public static final String CASE_ID = CAREWEAVE_BASE + "/NamingSystem/case-id";

    public static final String V3_INTERPRETATION = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
    public static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    public static final String FLAG_CATEGORY = "http://terminology.hl7.org/CodeSystem/flag-category";
    public static final String DISCHARGE_DISPOSITION = "http://terminology.hl7.org/CodeSystem/discharge-disposition";
    /** NUBC patient discharge status (UB-04 form locator 17), as the CARIN Blue Button IG names it. */
    public static final String NUBC_DISCHARGE = "https://www.nubc.org/CodeSystem/PatDischargeStatus";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("loinc", LOINC), Map.entry("snomed", SNOMED), Map.entry("cpt", CPT), Map.entry("nucc", NUCC),
            Map.entry("sopt", SOPT), Map.entry("pos", POS), Map.entry("v3-act", V3_ACT),
            Map.entry("cms-gg", CMS_GG_ANSWER), Map.entry("icd10cm", ICD10CM),
            Map.entry("v3-interpretation", V3_INTERPRETATION), Map.entry("data-absent", DATA_ABSENT),
            Map.entry("hcpcs", HCPCS), Map.entry("discharge-disposition", DISCHARGE_DISPOSITION),
            Map.entry("nubc-discharge", NUBC_DISCHARGE), Map.entry("case-fact", CASE_FACT));

    /** The URI of a table's short system name; the name itself when it is already a URI. */
    public static String uri(String alias) {
        return ALIASES.getOrDefault(alias, alias);
    }
}
