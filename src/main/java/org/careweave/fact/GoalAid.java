package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/goal-aids.csv}: the device or strategy ({@code aid}, e.g. "a reacher and
 * a sock aid") a goal for {@code area} names when {@code when} (a precaution kind or condition category) applies,
 * and, where {@code minLevel} is set, only while the area's Section GG level is at least that (a walker needs a
 * patient who takes part in walking, as discharge-equipment.csv's walker rows).
 *
 * @param area     the area
 * @param when     a precaution kind or condition category
 * @param aid      the device or strategy in words
 * @param source   where the row's knowledge comes from
 * @param minLevel the lowest Section GG level of the area the aid is named at, or null for any level
 * @param region   the body region the condition's code must name (condition-regions.csv), or null for any
 */
public record GoalAid(String area, String when, String aid, String source, Integer minLevel, String region) {}
