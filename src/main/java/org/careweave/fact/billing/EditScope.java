package org.careweave.fact.billing;

/**
 * Which lines of a claim NCCI procedure-to-procedure edits pair (derived in {@code billing/ncci.drl} from the claim
 * form): on a professional claim only the services of one rendering provider, on an institutional claim every line of
 * the provider's claim. The case names no rendering provider, so on a professional claim the discipline stands for
 * the therapist: PT and OT lines are never paired.
 *
 * @param acrossDisciplines whether a PT line and an OT line are paired
 * @param because           why, in words, for a line's note
 */
public record EditScope(boolean acrossDisciplines, String because) {}
