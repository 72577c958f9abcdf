package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/referrals.csv}: a referral a discharge plan recommends ({@code to}: slp,
 * cardiac-rehab, pulmonary-rehab, driving-rehab, prosthetist, orthotist, lymphedema-therapy, hand-therapy,
 * physician, social-work) when the condition category or problem area {@code when} is in the plan.
 */
public record ReferralOption(String to, String when, String because, String source) {}
