package org.jianding.app.exams;

import java.time.Instant;

/**
 * The server's answer to a save: {@code stored} is false when a newer save of the same question was already
 * stored (the page may then forget this one, since the newer one is safe).
 */
public record SaveAck(long attemptId, int position, long seq, boolean stored, Instant savedAt, long lastSeq) {}
