/**
 * Exact numbers for decisions: {@link org.jianding.bank.exact.Fraction} keeps a quotient of whole numbers without
 * rounding, so a mark, a weight or a standard score is rounded exactly once, at the step the scoring rules name.
 */
package org.jianding.bank.exact;
