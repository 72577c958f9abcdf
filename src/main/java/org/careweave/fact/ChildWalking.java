package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported, one for every child: how the child gets about
 * ({@code rules/plan/child-walking.drl}), which picks the {@code child-wording.csv} rows of its {@code walking}.
 *
 * @param mode {@code supported}: the child walks only with a hand-held walking aid or a helper's hands, or not at all
 *             (GMFCS levels III to V); {@code free}: otherwise
 */
public record ChildWalking(String mode) {}
