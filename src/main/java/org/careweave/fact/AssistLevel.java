package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/assist-levels.csv}: a Section GG level ({@code level} 1 dependent .. 6
 * independent), the CMS wording of it ({@code gg}) and the assist level as a therapist writes it in a goal
 * ({@code words}: independent, set-up, supervision or contact guard, minimal to moderate assist, maximal assist,
 * dependent) and {@code phrase}, how a goal says it ("with supervision or contact guard"); {@code phraseMobility},
 * how a mobility goal says it where that differs (CMS's set-up or clean-up help is the device readied, not the
 * meal or clothes laid out), or null for {@code phrase}.
 *
 * @param level          the Section GG level, 1-6
 * @param gg             the CMS wording of the level
 * @param words          the assist level as a therapist writes it
 * @param phrase         how a goal says it
 * @param phraseMobility how a mobility goal says it, or null for {@code phrase}
 */
public record AssistLevel(int level, String gg, String words, String phrase, String phraseMobility) {}
