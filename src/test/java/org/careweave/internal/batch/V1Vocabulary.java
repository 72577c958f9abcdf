package org.careweave.internal.batch;

import java.util.List;
import java.util.Set;

/**
 * The closed vocabularies of contract v1, frozen: the generator draws from exactly these so that the generated
 * golden cases (GoldenPlansTest) stay the same cases when the live vocabulary (rules/tables) grows.
 */
public final class V1Vocabulary {

    private V1Vocabulary() {}

    public static final List<String> DISCIPLINES = List.of("pt", "ot");

    public static final List<String> SETTINGS =
            List.of("outpatient", "home-health", "skilled-nursing", "inpatient-rehab", "acute");

    public static final List<String> PAYER_KINDS =
            List.of("medicare-part-b", "medicare-part-a", "medicaid", "commercial", "self-pay");

    public static final List<String> UNIT_METHODS = List.of("cms-total-time", "per-code");

    public static final List<String> COTREATMENT_UNITS = List.of("split", "pt", "ot");

    public static final List<String> BATHROOMS = List.of("tub-shower", "walk-in-shower", "tub-only", "none");

    public static final List<String> CONDITION_CATEGORIES = List.of(
            "joint-replacement", "stroke", "multiple-sclerosis", "parkinsons", "arthritis",
            "ankylosing-spondylitis", "carpal-tunnel", "trigger-finger", "hand-injury", "copd", "cardiac",
            "cancer", "fracture", "low-back-pain", "vestibular", "pelvic-health", "chronic-pain",
            "developmental", "learning-disorder", "intellectual-disability", "cognitive-impairment",
            "low-vision", "spinal-cord-injury", "amputation", "deconditioning", "orthopedic-surgery",
            "sports-injury");

    /** Section GG self-care items (GG0130), scored 1-6. */
    public static final List<String> SELF_CARE_AREAS = List.of(
            "eating", "oral-hygiene", "toileting-hygiene", "shower-bathe", "upper-body-dressing",
            "lower-body-dressing", "footwear");

    /** Section GG mobility items (GG0170), scored 1-6. */
    public static final List<String> MOBILITY_AREAS = List.of(
            "roll-left-right", "sit-to-lying", "lying-to-sitting", "sit-to-stand", "chair-bed-transfer",
            "toilet-transfer", "car-transfer", "tub-shower-transfer", "walk-10-feet", "walk-50-feet",
            "walk-150-feet", "walk-uneven-surfaces", "one-step", "four-steps", "twelve-steps",
            "pick-up-object", "wheel-50-feet", "wheel-150-feet");

    /** Areas outside Section GG: a score, or simply present. */
    public static final List<String> OTHER_AREAS = List.of(
            "balance", "strength", "range-of-motion", "pain", "endurance", "fine-motor", "handwriting",
            "cognition", "vision", "meal-preparation", "laundry", "housekeeping", "shopping", "driving",
            "medication-management", "yard-work", "return-to-work", "caregiver-training", "home-safety",
            "breathing");

    /** Goal activities beyond the finding areas. */
    public static final List<String> EXTRA_GOAL_ACTIVITIES =
            List.of("community-mobility", "work", "leisure", "play", "school");

    public static final Set<String> GG_AREAS = union(SELF_CARE_AREAS, MOBILITY_AREAS);
    public static final Set<String> FINDING_AREAS = union(SELF_CARE_AREAS, MOBILITY_AREAS, OTHER_AREAS);
    public static final Set<String> GOAL_ACTIVITIES =
            union(SELF_CARE_AREAS, MOBILITY_AREAS, OTHER_AREAS, EXTRA_GOAL_ACTIVITIES);

    @SafeVarargs
    private static Set<String> union(List<String>... lists) {
        var all = new java.util.LinkedHashSet<String>();
        for (List<String> l : lists) {
            all.addAll(l);
        }
        return java.util.Collections.unmodifiableSet(all);
    }
}
