package org.jianding.app.competency;

import java.time.Instant;

/** One entry of the model's version list: who saved it, when and why. */
public record ModelVersion(int version, String note, Long createdById, String createdByName, Instant createdAt) {}
