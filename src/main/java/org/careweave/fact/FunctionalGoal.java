package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/functional-goals.csv}: the functional goal of an area without a Section
 * GG level: the activity ({@code text}) and how its target reads for a full or partial course ({@code target}) and a
 * maintain course ({@code targetMaintain}). {@code region} is the body region the row is written for, or null for the
 * area's row that serves every other region.
 */
public record FunctionalGoal(String area, String region, String text, String target, String targetMaintain,
        String source) {}
