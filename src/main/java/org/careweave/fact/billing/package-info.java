/**
 * Billing facts. Table rows ({@link org.careweave.fact.billing.PayerPolicy}, {@link org.careweave.fact.billing.EditPair},
 * {@link org.careweave.fact.billing.Threshold}, {@link org.careweave.fact.billing.Fee}) and the conclusions the
 * rules under {@code rules/billing/} draw, phase by phase: a service's net minutes ({@link ServiceNet}), the
 * minutes billed after co-treatment ({@link ServiceBilled}), one {@link Line} per date, discipline and code, then
 * facts about a line (units, modifiers, denial, notes, the code billed, its fee) and the running totals toward
 * the therapy thresholds.
 */
package org.careweave.fact.billing;
