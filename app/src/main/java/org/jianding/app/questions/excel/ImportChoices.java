package org.jianding.app.questions.excel;

import java.util.Map;

/**
 * What the author decided in the mapping step: the field of columns whose recognition they changed (by sheet, by
 * column letter), the defaults for what the file lacks, and whether to remember the columns for the next file.
 */
public record ImportChoices(Map<String, Map<String, ImportField>> columns, ImportDefaults defaults, boolean remember) {

    /** Columns as recognised, every fallback, nothing remembered: an upload without a mapping step. */
    public static final ImportChoices NONE = new ImportChoices(Map.of(), ImportDefaults.none(), false);

    public ImportChoices {
        columns = columns == null ? Map.of() : Map.copyOf(columns);
        defaults = defaults == null ? ImportDefaults.none() : defaults;
    }
}
