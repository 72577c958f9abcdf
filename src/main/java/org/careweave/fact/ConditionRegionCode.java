package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/condition-regions.csv}: a condition of {@code category} whose ICD-10-CM
 * code starts with {@code codePrefix} is of body {@code region} (the limb of an amputation) and, where the code names
 * one, of {@code joint} (Z96.661 a replaced right ankle, S93.4 a sprained ankle, M17 knee osteoarthritis): the contract
 * regions stop at the limb, so a goal or reason that must name the joint takes it from the code. A row without a
 * prefix gives the region of a condition whose code names none of the category's prefixes (or that has no code).
 *
 * @param category   a condition category (conditions.csv)
 * @param codePrefix the start of an ICD-10-CM code, e.g. {@code Z89.5}; null: the category's usual region
 * @param region     a contract region, e.g. {@code lower-limb}
 * @param joint      the joint the code names (vocabulary.csv list {@code joint}: {@code ankle}), or null
 * @param source     the reference
 */
public record ConditionRegionCode(String category, String codePrefix, String region, String joint, String source) {

    /**
     * A row that names no joint (rule sets written before condition-regions.csv had the column).
     *
     * @param category   a condition category (conditions.csv)
     * @param codePrefix the start of an ICD-10-CM code, or null
     * @param region     a contract region
     * @param source     the reference
     */
    public ConditionRegionCode(String category, String codePrefix, String region, String source) {
        this(category, codePrefix, region, null, source);
    }
}
