package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: a walking prescription a home programme entry would give a
 * discipline's programme ({@code rules/discharge/home-program.drl}). A home programme carries one walking prescription:
 * of a discipline's prescriptions the one of lowest {@code rank} (the most cautious, or the condition's own) becomes its
 * {@link HomeProgram} entry, and beside a rehabilitation programme that prescribes the aerobic training none does.
 *
 * @param discipline {@code pt} or {@code ot}
 * @param rank       the entry's rank from its table row (1 first; home-programs.csv and condition-home-programs.csv
 *                   column {@code walking})
 * @param text       the entry in words, fitted to the patient
 * @param source     where the entry comes from
 */
public record WalkingPrescription(String discipline, int rank, String text, String source) {}
