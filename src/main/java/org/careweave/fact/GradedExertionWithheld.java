package org.careweave.fact;

/**
 * Conclusion used inside the rules, never reported: a treating discipline prescribes no graded aerobic exertion of
 * its own in this plan ({@code rules/plan/exertion.drl}), so no goal, home programme or referral of the plan raises
 * exertion from visit to visit or rests on an exercise test beside it. Either a plan precaution forbids graded
 * exertion ({@code kind} {@code post-exertional-malaise}: NICE NG206 §1.11.14), or a rehabilitation programme the plan
 * refers to prescribes the aerobic training ({@code kind} {@code programme}), so the plan has one aerobic
 * prescription, the programme's; or, with neither, cardiac limits bind the discipline ({@code kind}
 * {@code cardiac-limits}): its aerobic exercise is at the heart rate the physician clears, with no exercise test to the
 * symptom threshold of its own (ACSM: medical clearance with known cardiovascular disease).
 *
 * @param discipline the discipline, {@code pt} or {@code ot}
 * @param kind       {@code post-exertional-malaise}, {@code programme} or {@code cardiac-limits}
 * @param by         the plan precaution ({@code post-exertional-malaise}, {@code cardiac}) or the referral
 *                   ({@code cardiac-rehab})
 */
public record GradedExertionWithheld(String discipline, String kind, String by) {}
