package org.careweave.fact.billing;

import java.time.LocalDate;

/** Treatment days toward a discipline's next progress report count from the day after {@code after}. */
public record ProgressPeriod(String discipline, LocalDate start, LocalDate after) {}
