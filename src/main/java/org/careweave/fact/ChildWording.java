package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/child-wording.csv}: how a plan says something ({@code key}) when the patient
 * is a child, where the adult wording names an adult assessment or speaks of the patient as an adult
 * ({@code text}), and where the wording comes from ({@code source}).
 */
public record ChildWording(String key, String text, String source) {}
