package org.careweave.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Which of two .drl files repeating each other is the copy, by their names where their paths part. */
class DuplicateDefinitionsCopyNameTest {

    @Test
    void theNameHoldingTheOthersAndMoreIsTheCopy() {
        assertEquals(1, DuplicateDefinitions.copyByName("plan/goals.drl", "plan/goals-copy.drl"));
        assertEquals(-1, DuplicateDefinitions.copyByName("plan/goals-copy.drl", "plan/goals.drl"));
        assertEquals(-1, DuplicateDefinitions.copyByName("plan/Copy of Goals.drl", "plan/goals.drl"));
        assertEquals(1, DuplicateDefinitions.copyByName("plan/x.drl", "plan-old/x.drl"), "a copied folder");
    }

    @Test
    void namesThatSayNothingLeaveItToTheDepth() {
        assertEquals(0, DuplicateDefinitions.copyByName("split/x.drl", "old/split/x.drl"));
        assertEquals(0, DuplicateDefinitions.copyByName("plan/goals.drl", "plan/course.drl"));
        assertEquals(0, DuplicateDefinitions.copyByName("goals.drl", "old/goals.drl"));
    }
}
