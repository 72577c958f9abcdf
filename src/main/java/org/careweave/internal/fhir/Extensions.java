package org.careweave.internal.fhir;

/**
 * careweave's FHIR extensions: what the contract needs and FHIR R4 has no element for. Each URL is published
 * with its definition in {@code docs/fhir.md}; the definitions are short on purpose.
 */
final class Extensions {

    private Extensions() {}

    private static final String SD = FhirSystems.CAREWEAVE_BASE + "/StructureDefinition/";

    /**
     * On Procedure, valueBoolean: the minutes were delivered at the same time as the other discipline's, to the
     * same patient (co-treatment). Absent means false. Contract: {@code visits[].services[].cotreatment}.
     */
    public static final String COTREATMENT = SD + "cotreatment";

    /**
     * On Procedure, valueInteger (2 or more): how many patients the therapist attended during this service
     * (group or concurrent therapy). Absent means one-on-one. Contract: {@code services[].patientsInSession}.
     */
    public static final String PATIENTS_IN_SESSION = SD + "patients-in-session";

    /**
     * On Coverage, complex: allowed amounts already incurred this calendar year toward the Medicare therapy
     * thresholds, sub-extensions {@code ptSlp} and {@code ot} (valueMoney, USD). Contract: {@code payer.allowedToDate}.
     */
    public static final String ALLOWED_TO_DATE = SD + "therapy-allowed-to-date";

    /**
     * On Coverage, valueCode {@code cms-total-time} or {@code per-code}: overrides the payer's usual unit method.
     * Contract: {@code payer.unitMethod}.
     */
    public static final String UNIT_METHOD = SD + "unit-method";

    /**
     * On an input CarePlan (a discipline's plan of care): valueDate of the physician/NPP certification
     * ({@code certified}); repeated {@code progress-report} valueDate for the progress reports written so far.
     * Contract: {@code plansOfCare[]}.
     */
    public static final String CERTIFIED = SD + "plan-of-care-certified";
    public static final String PROGRESS_REPORT = SD + "progress-report";

    /**
     * On an output CarePlan for a problem (in the coordinating CarePlan's activity detail): valueCode pt or ot,
     * the one discipline that leads the problem.
     */
    public static final String LEAD = SD + "lead-discipline";

    /** On an output Claim.item, valueInteger: the minutes the line's units were computed from. */
    public static final String BILLED_MINUTES = SD + "billed-minutes";

    /** On an input Observation of a Section GG item, valueInteger 1-6: the level before the current illness or
     * injury. Contract v2: {@code findings[].priorLevel}. */
    public static final String PRIOR_LEVEL = SD + "prior-level";

    /** On Procedure, valueInteger 0..minutes: minutes furnished by a PT/OT assistant. Contract v2:
     * {@code services[].assistantMinutes}. */
    public static final String ASSISTANT_MINUTES = SD + "assistant-minutes";

    /** On an input CarePlan, valueDate: the plan went to the referring practitioner. Contract v2:
     * {@code plansOfCare[].sentToReferrer}. */
    public static final String SENT_TO_REFERRER = SD + "plan-of-care-sent-to-referrer";

    /** On an input CarePlan (repeats), valueDate: a recertification of the plan of care. Contract v2:
     * {@code plansOfCare[].recertified[]}. */
    public static final String RECERTIFIED = SD + "plan-of-care-recertified";

    /** On an input Flag (a precaution), valueCodeableConcept: SNOMED CT body structure and laterality codings
     * (read through fhir-body-sites.csv; R4 Flag has no bodySite). Contract v2: {@code precautions[].region/side}. */
    public static final String BODY_SITE = SD + "body-site";

    /** On an input Flag (a precaution), valueString of at most 200 characters: the limits in words (cardiac limits).
     * Flag.code.text is not read: EHRs put the code's display there. Contract v2: {@code precautions[].detail}. */
    public static final String PRECAUTION_DETAIL = SD + "precaution-detail";

    /** Every URL above: a path may name one of these by URL; any other extension is named by its position. */
    static final java.util.Set<String> KNOWN = java.util.Set.of(COTREATMENT, PATIENTS_IN_SESSION,
            ALLOWED_TO_DATE, UNIT_METHOD, CERTIFIED, PROGRESS_REPORT, LEAD, BILLED_MINUTES, PRIOR_LEVEL,
            ASSISTANT_MINUTES, SENT_TO_REFERRER, RECERTIFIED, BODY_SITE, PRECAUTION_DETAIL);
}
