package org.jianding.app.questions;

import java.util.List;
import java.util.Map;

/**
 * What a bulk action did: the questions it changed, and for each one it could not change the reason (a message
 * code and its arguments), so one refused question does not hide the others' success.
 */
public record BulkResult(List<Long> done, Map<Long, String> refused) {}
