package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/assist-levels.csv}: a Section GG level ({@code level} 1 dependent .. 6
 * independent), the CMS wording of it ({@code gg}) and the assist level as a therapist writes it in a goal
 * ({@code words}: independent, set-up, supervision or contact guard, minimal to moderate assist, maximal assist,
 * dependent).
 */
public record AssistLevel(int level, String gg, String words) {}
