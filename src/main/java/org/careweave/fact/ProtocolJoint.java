package org.careweave.fact;

import java.util.List;

/**
 * Conclusion: the body-function problem in {@code area} and {@code region} (null: recorded without one) is at
 * {@code joint} (a condition's code places it there: {@link ProblemJoint}), one of the joints the protocol after
 * surgery or injury {@code precaution} governs ({@code aftercare.csv} joints; {@code regions} are that row's regions).
 * Concluded once per problem and protocol row ({@code rules/needs/joints.drl}), so the rules that leave a protocol's
 * limits off another protocol's joint or keep a repaired shoulder from hand therapy match it instead of pairing
 * {@code aftercare.csv} rows for every candidate.
 *
 * @param precaution the plan precaution of the protocol, e.g. {@code rotator-cuff-repair}
 * @param regions    the protocol row's body regions ({@code aftercare.csv} regions)
 * @param area       the problem's area
 * @param region     the problem's region, or null
 * @param joint      the joint, e.g. {@code shoulder}
 */
public record ProtocolJoint(String precaution, List<String> regions, String area, String region, String joint) {}
