package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/precaution-limits.csv}: what a precaution of the case ({@code kind}, and
 * for weight-bearing {@code level}, null: any) or a referral the plan makes ({@code referral}, a
 * {@code discharge.referrals[].to}; exactly one of the two is given) keeps off a problem of {@code area} (null: any
 * area) in body {@code region} (null: a problem recorded without one). {@code code} (or null) is an intervention
 * withheld from that problem and {@code insteadCode} (or null) one planned for it in its place; {@code goal} (or null) is the goal the problem aims at instead of a gain the limit
 * forbids; {@code text} (or null) is the line the plan's precautions add when the limit applies. {@code condition}
 * (or null: any) a condition category of that region the row holds for only: walking and stairs, recorded without a
 * region, are a non-weight-bearing leg's only when the leg is lost (an amputation before the prosthesis).
 */
public record PrecautionLimit(String kind, String level, String referral, String region, String area, String code,
        String insteadCode, String goal, String text, String source, String condition) {}
