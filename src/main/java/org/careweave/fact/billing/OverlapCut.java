package org.careweave.fact.billing;

/** Minutes of service {@code ref} that were already documented by service {@code otherRef} at the same time. */
public record OverlapCut(String ref, String otherRef, int minutes) {}
