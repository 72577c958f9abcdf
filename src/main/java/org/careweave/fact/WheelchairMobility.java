package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: the patient gets about in the wheelchair rather than by walking
 * ({@code rules/needs/home.drl}): a Section GG wheel item is assessed above every assessed walk item, each of which
 * needs substantial help or more (01-02), and no order keeps weight off a leg; or the condition's level or the
 * wheelchair used before the illness says so. The home's entry steps make no stairs
 * need for such a patient, and the leg-strength goal names no stairs ({@code rules/plan/goals.drl}).
 *
 * @param wheelItem the wheel item (area {@code wheel-50-feet} or {@code wheel-150-feet}) assessed above the walk items;
 *                  one fact per such item; null when no wheel item says it: a complete spinal cord injury whose level
 *                  keeps walking off, or a wheelchair used before the illness by a patient who does not walk with less
 *                  than substantial help
 */
public record WheelchairMobility(String wheelItem) {}
