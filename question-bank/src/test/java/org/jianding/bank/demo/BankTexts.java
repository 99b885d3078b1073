package org.jianding.bank.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jianding.bank.item.Question;

/** Bank texts for parser tests and a short way to see what the parser says about them. */
final class BankTexts {

    /** A valid 判断 question; the tests below change one line of it. Line 3 is {@code === 判断}. */
    static final String TRUE_FALSE = """
            # 知识点 G3 法律法规

            === 判断
            难度: 1
            认知: 了解
            级别: 初级 中级
            分值: 1
            题干: 电信业务经营者应当对用户通信秘密予以保护。
            答案: 对
            解析: 用户依法使用电信的自由和通信秘密受法律保护。
            """;

    private BankTexts() {}

    /** A choice question with four options A–D on lines 9–12 and the given answer line on line 13. */
    static String choice(String type, String answerLine) {
        return """
                # 知识点 G3 法律法规

                === %s
                难度: 2
                认知: 了解
                级别: 初级
                分值: 1
                题干: 政企客户最常用的接入方式是？
                A. 专线
                B. 宽带
                C. 卫星
                D. 拨号
                %s
                解析: 政企客户多用专线。
                """.formatted(type, answerLine);
    }

    static List<Question> fixture(String resource) {
        var in = BankTexts.class.getResourceAsStream(resource);
        String fileName = resource.substring(resource.lastIndexOf('/') + 1);
        return DemoBankFormat.parse(fileName, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    static List<Question> parse(String text) {
        return DemoBankFormat.parse("G3.txt", new StringReader(text));
    }

    static DemoBankException parseFailing(String text) {
        DemoBankException thrown = catchThrowableOfType(DemoBankException.class, () -> parse(text));
        assertThat(thrown).as("the text should not parse").isNotNull();
        return thrown;
    }

    /** Each problem as {@code "<line>: <message>"}. */
    static List<String> problemsOf(String text) {
        return parseFailing(text).problems().stream()
                .map(p -> p.line() + ": " + p.message())
                .toList();
    }
}
