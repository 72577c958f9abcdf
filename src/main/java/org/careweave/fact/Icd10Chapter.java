package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/icd10-cm-chapters.csv}: a range of ICD-10-CM categories that exist (a
 * chapter of the Tabular List, or one category with a letter in third place). The case reader refuses a condition
 * code whose category no row holds ({@code U99.9}); no rule matches the rows.
 *
 * @param first   the first category of the range, e.g. {@code A00}, or the one category ({@code C4A})
 * @param last    the last category of the range, e.g. {@code B99}; equal to {@code first} for one category
 * @param chapter the chapter's number and title, e.g. {@code 9 Diseases of the circulatory system}
 * @param source  the reference
 */
public record Icd10Chapter(String first, String last, String chapter, String source) {}
