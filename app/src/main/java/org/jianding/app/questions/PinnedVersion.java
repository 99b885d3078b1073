package org.jianding.app.questions;

import org.jianding.bank.item.Question;

/** One exact version of a question as a paper pins it: its content never changes, whatever edits follow. */
public record PinnedVersion(long questionId, long versionId, int versionNo, Question content) {}
