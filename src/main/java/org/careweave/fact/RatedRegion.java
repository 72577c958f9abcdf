package org.careweave.fact;

/**
 * Conclusion: the score goal of the problem in {@code area} and {@code region} (null: recorded without one) is rated
 * with the activities of body region {@code rated} (threshold-activities.csv; null: the area's row without a region):
 * the problem's own region, or for a problem without one the limb of the joint its condition's code names
 * (plan/goals.drl).
 *
 * @param area   the problem's area
 * @param region the problem's region, or null
 * @param rated  the region whose activities the goal names, or null
 */
public record RatedRegion(String area, String region, String rated) {}
