package org.careweave.fact;

/**
 * Conclusion used inside the rules ({@code rules/discharge/equipment.drl}), never reported: the patient dresses and
 * washes with one hand, as a {@link OneHandedSign} row of {@code one-handed.csv} shows.
 *
 * @param because the row's reason, in words
 * @param source  the row's reference
 */
public record OneHanded(String because, String source) {}
