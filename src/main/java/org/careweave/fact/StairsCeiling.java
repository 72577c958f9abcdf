package org.careweave.fact;

/**
 * Conclusion: the highest Section GG level the long-term goal of the stairs item {@code area} may aim at because of
 * walking ({@code level}: one walk item's long-term target, one fact per walk item's goal; 0 when walk 10 feet is not
 * attempted for a medical or safety reason, or was not done before the illness, and no walk item is scored), and why
 * ({@code because}, the words a goal held at today's level gives). Derived by plain joins (plan/goals.drl), never by an
 * aggregate joined to a table row, so the goal rules that hold stairs behind walking collect one derived pattern.
 *
 * @param area    a stairs item (area-groups.csv group stairs)
 * @param level   the ceiling, a Section GG level (0: no gain)
 * @param because why the stairs goal is held there
 */
public record StairsCeiling(String area, int level, String because) {}
