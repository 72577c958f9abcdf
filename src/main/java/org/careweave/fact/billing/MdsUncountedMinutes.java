package org.careweave.fact.billing;

/**
 * Reference row from {@code rules/tables/mds-uncounted-minutes.csv}: a code whose minutes a nursing facility does not
 * count as therapy minutes on the MDS, because only skilled therapy time is recorded (hot or cold packs, 97010).
 *
 * @param code    the billing code (in {@code codes.csv})
 * @param because why its minutes are not counted, in words
 * @param source  where that comes from
 */
public record MdsUncountedMinutes(String code, String because, String source) {}
