package org.careweave.fact;

/**
 * Conclusion: a {@link PrecautionLimit} row holds for the problem of {@code area} in {@code region} that
 * {@code discipline} leads ({@code rules/plan/precautions.drl}); {@code code} is withheld from it (null: none), {@code insteadCode} planned in its place (null: none) and
 * {@code goal} replaces its gain goal (null: its goal stands). {@code kind} names the precaution or referral.
 */
public record LimitedBy(String discipline, String area, String region, String kind, String code,
        String insteadCode, String goal,
        String text, String source) {}
