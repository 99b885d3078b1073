package org.jianding.bank.assembly;

/** The parallel form drawn for one candidate of a session; {@code index} is its place in the drawing order. */
public record Form(String candidateId, int index, Paper paper) {}
