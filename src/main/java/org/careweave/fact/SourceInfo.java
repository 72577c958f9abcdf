package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/sources.csv}, the source catalogue: a reference as rules cite it in
 * {@code @source} ({@code id}: a seed article's file name, a manual and chapter such as {@code CMS Pub 100-02
 * ch.15}, a guideline), its human {@code title} (empty when the id reads well as it is) and its {@code kind}
 * ({@code article}, {@code manual}, {@code guideline}, {@code law}, {@code regulation}, {@code project}).
 */
public record SourceInfo(String id, String title, String kind) {}
