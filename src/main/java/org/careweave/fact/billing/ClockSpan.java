package org.careweave.fact.billing;

import java.time.LocalDate;

/** The clock minutes a service with a start time occupies on its date: {@code from} (inclusive) to {@code to}. */
public record ClockSpan(String ref, int seq, LocalDate date, String discipline, String code, boolean cotreatment,
        int from, int to) {}
