package org.careweave.model;

import java.time.LocalDate;

/**
 * A diagnosis: {@code category} is the closed vocabulary the rules key on; {@code code} is ICD-10-CM.
 *
 * @param code     the ICD-10-CM code, e.g. {@code Z96.641} (on claim lines; rules read it only where the category
 *                 leaves a decision open: the limb of an amputation, condition-regions.csv, and BPPV)
 * @param category the rules' category, from {@code conditions.csv} (e.g. {@code joint-replacement})
 * @param onset    the date of onset or surgery (may be null)
 */
public record Condition(String code, String category, LocalDate onset) {}
