package org.careweave.model;

import java.time.LocalDate;

/** A diagnosis: {@code category} is the closed vocabulary the rules key on; {@code code} is ICD-10-CM. */
public record Condition(String code, String category, LocalDate onset) {}
