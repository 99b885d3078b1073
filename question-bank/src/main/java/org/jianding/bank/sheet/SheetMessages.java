package org.jianding.bank.sheet;

import java.text.MessageFormat;
import java.util.Map;

/**
 * The words of the problems this package finds itself (formula cells, bad dates, missing columns). Chinese by
 * default; an application passes its own lookup so that problems read in its user's language.
 */
@FunctionalInterface
public interface SheetMessages {

    String FORMULA = "formula";
    String ERROR_VALUE = "errorValue";
    String REQUIRED = "required";
    String NOT_A_DATE = "notADate";
    String NOT_AN_INTEGER = "notAnInteger";
    String MISSING_COLUMN = "missingColumn";
    String DUPLICATE_COLUMN = "duplicateColumn";

    /** The message for {@code key}, with {@code {0}}-style arguments filled in. */
    String get(String key, Object... arguments);

    SheetMessages CHINESE = new SheetMessages() {
        private final Map<String, String> texts = Map.of(
                FORMULA, "公式单元格不被接受",
                ERROR_VALUE, "单元格是错误值 {0}",
                REQUIRED, "“{0}”不能为空",
                NOT_A_DATE, "“{0}”不是有效日期（如 2024-07-01）",
                NOT_AN_INTEGER, "“{0}”不是整数",
                MISSING_COLUMN, "缺少列“{0}”",
                DUPLICATE_COLUMN, "列“{0}”出现了不止一次");

        @Override
        public String get(String key, Object... arguments) {
            return new MessageFormat(texts.getOrDefault(key, key), java.util.Locale.CHINA).format(arguments);
        }
    };
}
