package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/joint-goals.csv}: how the goal of a body-function {@code area} reads when
 * the patient's condition code names the {@code joint} of the problem ({@link ProblemJoint}): an ankle's range of
 * motion is dorsiflexion for walking, not the knee flexion the lower limb's row of {@code functional-goals.csv} names.
 * The fields read as {@link FunctionalGoal}'s do.
 *
 * @param area           the area, from {@code areas.csv}
 * @param joint          the joint (vocabulary.csv list {@code joint})
 * @param text           the goal's activity
 * @param target         how the target reads on a full or partial course
 * @param targetMaintain how the target reads on a maintain course
 * @param baseline       how the baseline reads without a measure in the case, or null
 * @param source         where the row's knowledge comes from
 */
public record JointGoal(String area, String joint, String text, String target, String targetMaintain,
        String baseline, String source) {}
