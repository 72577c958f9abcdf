package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/home-programs.csv}: a home programme entry of a discipline for a problem
 * area it leads; where {@code minLevel} is set, only while the area's Section GG level is at least that.
 *
 * @param discipline the discipline
 * @param area       the area
 * @param text       the entry
 * @param source     where the row's knowledge comes from
 * @param minLevel   the lowest Section GG level of the area the entry is given at, or null for any level
 * @param legs       {@code weaker}: only for a patient with a weaker or operated leg; {@code even}: only for one
 *                   without; null: for any patient
 * @param walking    a walking prescription's rank (1 the most cautious): a discipline's programme carries only the
 *                   walking prescription of lowest rank among those that apply ({@code rules/discharge/home-program.drl});
 *                   null: the entry prescribes no walking
 */
public record HomeProgramOption(String discipline, String area, String text, String source, Integer minLevel,
        String legs, Integer walking) {}
