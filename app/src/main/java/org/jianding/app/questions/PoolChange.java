package org.jianding.app.questions;

/** A question changed since some moment: its current version when it is active, null when it left the pool. */
public record PoolChange(long questionId, PoolItem active) {}
