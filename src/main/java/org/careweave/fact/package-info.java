/**
 * The facts rules match and derive. Input facts come from the case ({@link org.careweave.fact.CaseContext},
 * {@link org.careweave.fact.DeliveredService} and the model records); reference facts come from the tables
 * beside the rules; every other type here is a conclusion a rule draws with {@code insertLogical}.
 *
 * <p>Conclusions carry a {@code because}: the sentence a therapist or biller would say. The engine adds the
 * rule's name and {@code @source} to it, so a plan can always answer "which rule, which source?".
 */
package org.careweave.fact;
