package org.careweave.model;

/**
 * A precaution every discipline must respect (contract v2 {@code precautions[]}). {@code kind} is one of
 * {@code weight-bearing} (with {@code level}: {@code nwb}, {@code ttwb}, {@code pwb}, {@code wbat}, {@code fwb}),
 * {@code hip-posterior}, {@code hip-anterior}, {@code sternal}, {@code spinal}, {@code fall-risk},
 * {@code cardiac}, {@code oxygen}, {@code cognition-safety}; {@code region}, {@code side}, {@code level} and
 * {@code detail} (free text, e.g. cardiac limits) may be null.
 *
 * @param kind   the precaution kind (list {@code precaution} of {@code vocabulary.csv})
 * @param level  weight-bearing level, or null
 * @param region body region, or null
 * @param side   side, or null
 * @param detail free text (echoed in the plan, escaped; never logged), or null
 */
public record Precaution(String kind, String level, String region, String side, String detail) {}
