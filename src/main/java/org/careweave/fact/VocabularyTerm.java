package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/vocabulary.csv}: one accepted value of one of the case's small closed
 * lists ({@code list} such as {@code region}, {@code precaution}, {@code equipment}) and what it means.
 */
public record VocabularyTerm(String list, String value, String meaning) {}
