/**
 * Internals of paper assembly: the bank grouped into interchangeable item classes, the randomized count search with
 * look-ahead pruning, item picking under exposure, exclusion and overlap rules, score balancing and diagnosis. Only
 * {@link org.jianding.bank.assembly.PaperAssembly} calls into this package.
 */
package org.jianding.bank.assembly.engine;
