package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/functional-goals.csv}: the functional goal of an area without a Section
 * GG level: the activity ({@code text}) and how its target reads for a full or partial course ({@code target}) and a
 * maintain course ({@code targetMaintain}). {@code region} is the body region the row is written for, or null for the
 * area's row that serves every other region. {@code baseline} is how the goal's baseline reads when the case carries
 * no measure of the area (range of motion without degrees: measured by goniometry at the first visit), or null.
 * {@code nature} is what the finding is when the case's condition tells it (finding-natures.csv: sensation after
 * CRPS is hypersensitivity, in autism sensory modulation), or null for the area's usual meaning.
 *
 * @param area           the area, from {@code areas.csv}
 * @param region         the body region the row is written for, or null
 * @param text           the goal's activity
 * @param target         how the target reads on a full or partial course
 * @param targetMaintain how the target reads on a maintain course
 * @param source         where the row's knowledge comes from
 * @param baseline       how the baseline reads without a measure in the case, or null
 * @param nature         the finding's nature the row is written for (FindingNature), or null
 */
public record FunctionalGoal(String area, String region, String text, String target, String targetMaintain,
        String source, String baseline, String nature) {}
