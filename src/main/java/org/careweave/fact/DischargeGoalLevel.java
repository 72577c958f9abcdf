package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/discharge-goal-levels.csv}: in a stay in {@code setting} whose plan recommends
 * the next setting {@code nextSetting}, a long-term Section GG goal aims at most at {@code maxLevel} (the level expected at
 * discharge from the stay), and its text adds {@code words} ({@code rules/plan/goals.drl}).
 *
 * @param setting  the setting the patient is in (settings.csv)
 * @param nextSetting the recommended discharge setting (vocabulary discharge-setting)
 * @param maxLevel the highest Section GG level (1-6) a long-term goal of the stay aims at
 * @param words    what the goal adds, saying the level is the discharge level
 * @param source   where the ceiling comes from
 */
public record DischargeGoalLevel(String setting, String nextSetting, int maxLevel, String words, String source) {}
