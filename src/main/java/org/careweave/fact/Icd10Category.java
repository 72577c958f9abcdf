package org.careweave.fact;

import java.util.Comparator;
import java.util.List;

/**
 * Reference row from {@code rules/tables/fhir-icd10-categories.csv}: the condition {@code category} an ICD-10-CM code
 * starting with {@code prefix} belongs to, and the other categories a case may also give such a code
 * ({@code alsoFits}: a hip fracture's S72.0 code under {@code hip-fracture} or {@code joint-replacement} as well as
 * {@code fracture}). The FHIR reader maps a code to the category of the row with its longest prefix; rules reach the
 * rows through the table index ({@code from tables.icd10Category( $code )}, {@link Tables#icd10Category}), never as
 * session facts, and flag a condition whose category no row of its code names.
 *
 * @param prefix   the start of an ICD-10-CM code, dot included where the code has one ({@code Z96.64} matches
 *                 {@code Z96.641})
 * @param category the condition category (conditions.csv) the code belongs to
 * @param alsoFits other categories a case may legitimately give a code with this prefix (never null)
 * @param codeLabel what ICD-10-CM itself calls the code, where careweave plans it as a category of another name
 *                 ({@code concussion} for S06.0, planned as vestibular disorder); null where the category's label
 *                 is the code's own
 * @param source   the reference
 */
public record Icd10Category(String prefix, String category, List<String> alsoFits, String codeLabel, String source) {

    /**
     * Copies the other categories (null becomes empty).
     *
     * @param prefix   the start of an ICD-10-CM code
     * @param category the condition category the code belongs to
     * @param alsoFits other categories a case may give such a code (null: none)
     * @param codeLabel what ICD-10-CM calls the code where careweave plans it under another name (null: none)
     * @param source   the reference
     */
    public Icd10Category {
        alsoFits = List.copyOf(alsoFits == null ? List.of() : alsoFits);
    }

    /**
     * A row whose category's label is the code's own name (no {@code codeLabel}).
     *
     * @param prefix   the start of an ICD-10-CM code
     * @param category the condition category the code belongs to
     * @param alsoFits other categories a case may give such a code (null: none)
     * @param source   the reference
     */
    public Icd10Category(String prefix, String category, List<String> alsoFits, String source) {
        this(prefix, category, alsoFits, null, source);
    }

    /**
     * The rows whose prefix an ICD-10-CM code starts with, longest prefix first and in table order among prefixes of
     * one length: the first is the category the code belongs to. The FHIR reader's mapping and the rules' check of a
     * stated category both go through here, so the two cannot disagree on which row a code takes.
     *
     * @param rows the table's rows, in file order
     * @param code an ICD-10-CM code such as {@code G12.21}; null is allowed
     * @return the matching rows (empty for null or when none matches)
     */
    public static List<Icd10Category> matching(List<Icd10Category> rows, String code) {
        if (code == null) {
            return List.of();
        }
        // a stable sort: rows with prefixes of one length keep their file order
        return rows.stream().filter(r -> code.startsWith(r.prefix()))
                .sorted(Comparator.comparingInt((Icd10Category r) -> r.prefix().length()).reversed()).toList();
    }
}
