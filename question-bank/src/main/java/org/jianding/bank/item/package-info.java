/**
 * Questions as content: the six types, their keys, and the rules that make a question fit for a paper. Every rule
 * is checked when a value is built and reported as {@link org.jianding.bank.item.Problem}s in plain Chinese, so
 * importers (text, Excel, web forms) share one set of rules and one set of messages.
 */
package org.jianding.bank.item;
