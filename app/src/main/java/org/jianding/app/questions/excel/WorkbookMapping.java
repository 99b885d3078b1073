package org.jianding.app.questions.excel;

import java.util.List;
import java.util.Map;

/**
 * What every visible sheet of an upload was recognised as, the answer of the mapping step; the author's choices
 * ({@link #choose}) turn it into the mapping an import reads with.
 */
public record WorkbookMapping(List<SheetMapping> sheets) {

    public WorkbookMapping {
        sheets = List.copyOf(sheets);
    }

    /** The author's choices: by sheet name, by column letter (C), the field to read the column as. */
    WorkbookMapping choose(Map<String, Map<String, ImportField>> choices) {
        if (choices == null || choices.isEmpty()) {
            return this;
        }
        return new WorkbookMapping(
                sheets.stream().map(s -> s.choose(choices.get(s.sheet()))).toList());
    }

    boolean anyQuestions() {
        return sheets.stream().anyMatch(SheetMapping::questions);
    }
}
