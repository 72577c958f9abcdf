package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-leads.csv}: a condition that gives the problem of one area in one
 * body region to a discipline other than the area's usual owner ({@code rules/split/condition-leads.drl}): in
 * tetraplegia (a cervical spinal cord injury, S14.1; G82.5) the strength and range of motion of the upper limb are
 * OT's, trained for the hand and the daily tasks the arm still allows, while PT leads mobility.
 *
 * @param category   the condition category of the case ({@code conditions.csv}), e.g. {@code spinal-cord-injury}
 * @param codePrefix the start of the condition's ICD-10-CM code, e.g. {@code S14.1} (required)
 * @param area       the problem area ({@code areas.csv}), e.g. {@code strength}
 * @param region     the problem's body region (vocabulary.csv list {@code region}), e.g. {@code upper-limb}
 * @param discipline the discipline that leads it, {@code pt} or {@code ot}
 * @param because    why, in words the lead's reason gives after the problem's name
 * @param source     where it comes from
 */
public record ConditionLead(String category, String codePrefix, String area, String region, String discipline,
        String because, String source) {}
