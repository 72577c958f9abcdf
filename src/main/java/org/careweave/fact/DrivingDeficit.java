package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/driving-deficits.csv}: something beside a vestibular hypofunction that affects
 * driving itself, which keeps the driving evaluation in the plan instead of PT's advice within vestibular
 * rehabilitation ({@code rules/needs/natures.drl}). One of {@code area}, {@code category} and {@code codePrefix} is set.
 *
 * @param area         a finding area whose deficit affects driving, e.g. {@code cognition}; null on another row
 * @param category     a condition category (conditions.csv), e.g. {@code stroke}; null on another row
 * @param codePrefix   the start of an ICD-10-CM code, e.g. {@code S06}; null on another row
 * @param unlessNature a finding nature that makes the area's deficit no such deficit (vision's {@code oscillopsia});
 *                     null: none
 * @param source       the reference
 */
public record DrivingDeficit(String area, String category, String codePrefix, String unlessNature, String source) {}
