package org.careweave.fact;

/** Conclusion: the patient already has {@code item} (a home.equipment name or a prior device). */
public record Owned(String item) {}
