package org.careweave.fact.billing;

import java.time.LocalDate;

/**
 * The clock minutes a service with a start time occupies on its date: {@code from} (inclusive) to {@code to};
 * {@code timed} when its code is a timed code of codes.csv (an unknown code counts as untimed, as it is billed).
 */
public record ClockSpan(String ref, int seq, LocalDate date, String discipline, String code, boolean cotreatment,
        int from, int to, boolean timed) {}
