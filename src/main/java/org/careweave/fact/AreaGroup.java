package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/area-groups.csv}: the Section GG item {@code area} is one of the items of
 * the activity {@code group} ({@code walking}: the walk items; {@code stairs}: the stairs items).
 *
 * @param group  the activity the items make up
 * @param area   one of its items (an area of areas.csv)
 * @param source where the row's knowledge comes from
 */
public record AreaGroup(String group, String area, String source) {}
