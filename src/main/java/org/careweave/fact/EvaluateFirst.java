package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/evaluate-first.csv}: a problem that, when it is all a discipline nobody
 * ordered would lead, beside an ordered discipline that treats, makes that discipline indicated to evaluate rather
 * than to treat ({@code rules/indication/evaluate-first.drl}): no frequency, goals or interventions until its own
 * evaluation finds a need for its skill.
 *
 * @param discipline the unordered discipline ({@code pt} or {@code ot})
 * @param target     an area of {@code areas.csv}, or a domain (every area of that domain)
 * @param level      for Section GG items, the lowest level (1-6) at which the problem is minor: every finding of the
 *                   area must be at this level or higher; null: any finding of the area, or none (a derived need)
 * @param because    the reason's words: why the problem alone does not call for the discipline's treatment plan
 * @param source     where the threshold comes from
 */
public record EvaluateFirst(String discipline, String target, Integer level, String because, String source) {}
