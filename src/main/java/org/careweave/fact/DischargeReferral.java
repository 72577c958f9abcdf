package org.careweave.fact;

/** Conclusion: a referral the discharge plan recommends ({@code to}) and why; {@code source}: where that comes from. */
public record DischargeReferral(String to, String because, String source) {}
