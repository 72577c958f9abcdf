package org.careweave.model;

/**
 * How the patient managed before the current illness or injury (CMS Section GG0100): each of {@code selfCare},
 * {@code indoorMobility}, {@code stairs}, {@code functionalCognition} is {@code independent}, {@code some-help},
 * {@code dependent}, or null when not recorded. Inserted as a fact when the case gives it.
 *
 * @param selfCare            prior self-care
 * @param indoorMobility      prior indoor mobility (ambulation)
 * @param stairs              prior stairs
 * @param functionalCognition prior functional cognition
 */
public record PriorFunction(String selfCare, String indoorMobility, String stairs, String functionalCognition) {}
