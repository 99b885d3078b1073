package org.jianding.bank.interchange;

/**
 * A question that cannot be imported as it is written (no key, a key naming no option, too few options …). Any
 * problem stops the whole file.
 *
 * @param ref where it is in the file, e.g. {@code 第3题「Capital」}
 * @param message what is wrong, in Chinese
 */
public record ItemProblem(String ref, String message) {}
