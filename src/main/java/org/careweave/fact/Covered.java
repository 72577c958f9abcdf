package org.careweave.fact;

/**
 * Conclusion: {@code item} is not recommended because the patient has or gets {@code by}, which does its work
 * ({@code because}, {@code source}: the equipment-covers.csv row).
 *
 * @param item    the equipment not recommended
 * @param by      the equipment or prior device that does its work
 * @param because what {@code by} does instead, in words
 * @param source  the reference
 */
public record Covered(String item, String by, String because, String source) {}
