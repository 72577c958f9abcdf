package org.careweave.fact;

/**
 * Reference row from {@code rules/tables/child-wording.csv}: how a plan says something ({@code key}) when the patient
 * is a child, where the adult wording names an adult assessment or speaks of the patient as an adult
 * ({@code text}), and where the wording comes from ({@code source}). {@code walking} says which children the row is
 * for: null any child, {@code free} a child who walks without a hand-held walking aid or a helper's hands,
 * {@code supported} one who walks only with them or not at all ({@link ChildWalking}).
 *
 * @param key     what the text is for ({@code goal:balance}, {@code home:pt:balance})
 * @param text    the child's wording
 * @param source  where the wording comes from
 * @param walking {@code free}, {@code supported}, or null for any child
 */
public record ChildWording(String key, String text, String source, String walking) {}
