package org.careweave.model;

/** The patient's home as it bears on discharge and set-up. Every field may be absent. */
public record Home(Boolean livesAlone, Integer entryStairs, String bathroom) {}
