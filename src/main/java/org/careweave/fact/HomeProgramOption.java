package org.careweave.fact;

/** Reference row from {@code rules/tables/home-programs.csv}: a home programme entry of a discipline for a problem area it leads. */
public record HomeProgramOption(String discipline, String area, String text, String source) {}
