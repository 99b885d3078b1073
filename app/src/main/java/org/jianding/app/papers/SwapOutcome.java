package org.jianding.app.papers;

/**
 * A swap done: the paper as it is now and, when its blueprint has a test information target, the paper's information
 * at the target's ability points before and after (null without a target).
 */
public record SwapOutcome(PaperDetail paper, InformationAfterSwap information) {}
