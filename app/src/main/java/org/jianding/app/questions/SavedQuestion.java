package org.jianding.app.questions;

import java.util.List;

/** The outcome of saving: the stored question and the near-duplicates the author should look at. */
public record SavedQuestion(StoredQuestion question, List<NearDuplicate> nearDuplicates) {}
