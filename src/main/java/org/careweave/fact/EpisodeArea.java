package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/episode-areas.csv}: a problem of {@code area} that a condition whose ICD-10-CM
 * code starts with {@code condition} explains by itself, so it leaves that condition's own short episode in place
 * (frequency.csv condition rows; rules/plan/schedule.drl): unsteadiness walking on uneven ground with benign
 * paroxysmal positional vertigo (H81.1) is the vertigo's, and is reassessed once repositioning has been done.
 *
 * @param condition the start of an ICD-10-CM code, as in frequency.csv's condition column, e.g. {@code H81.1}
 * @param area      the problem area the condition explains, e.g. {@code walk-uneven-surfaces}
 * @param source    the reference
 */
public record EpisodeArea(String condition, String area, String source) {}
