package org.careweave.fact;

/**
 * Conclusion: the body-function problem in {@code area} and {@code region} (null: recorded without one) is of
 * {@code joint}, which the patient's condition code names (condition-regions.csv: Z96.661 the right ankle). Only one
 * joint per region: two conditions naming two joints of one limb leave the problem without one.
 *
 * @param area   the problem's area
 * @param region the problem's region, or null
 * @param joint  the joint (vocabulary.csv list {@code joint}), e.g. {@code ankle}
 */
public record ProblemJoint(String area, String region, String joint) {}
