package org.jianding.bank.interchange;

/**
 * A question of a type the bank does not have (matching, ordering, gap-select, description, cloze …): left out of the
 * import, which goes on with the rest.
 *
 * @param ref where it is in the file, e.g. {@code 第3题「Trig derivatives」}
 * @param reason why it was left out, in Chinese
 */
public record SkippedItem(String ref, String reason) {}
