package org.jianding.app.questions.excel;

/**
 * Something the import assumed for a row because the file did not say it: a default or fallback value, a knowledge
 * point found by part of its name, a letter read as 对. Placed at the cell (column empty when the file has no such
 * column).
 */
public record ImportAssumption(String sheet, int row, String column, String message) {}
