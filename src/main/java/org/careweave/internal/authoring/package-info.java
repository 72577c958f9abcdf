/**
 * Authoring tools that explain what rules do, kept apart from the engine that runs a plan: {@link
 * org.careweave.internal.authoring.RuleDiff} plans a set of cases under two rule sets and reports what changed and which
 * rules decided it before and after; {@link org.careweave.internal.authoring.GitRules} reads a rules folder as it was at a
 * git revision; {@link org.careweave.internal.authoring.CaseFiles} reads the cases to compare.
 */
package org.careweave.internal.authoring;
