package org.jianding.app.questions.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.MultipleChoice;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** CSV question files go through the same mapping step and checks as .xlsx, recognised by content (issue 15). */
@WebTest
class CsvQuestionImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    QuestionBatches batches;

    /** Three questions; the first stem quoted, with the separator inside. */
    static String file(String tag, char separator) {
        String s = String.valueOf(separator);
        return String.join(
                "\n",
                String.join(s, "题型", "试题", "选项A", "选项B", "选项C", "选项D", "答案", "知识点"),
                String.join(
                        s, "单选", "\"" + tag + "合同订立应遵循的原则是" + s + "哪一项？\"", "平等自愿", "强买强卖", "随意变更", "单方决定", "A", "G1"),
                String.join(s, "多选", tag + "以下属于基础电信业务的有", "固定电话", "移动电话", "短视频", "宽带接入", "ABD", "G1"),
                String.join(s, "判断", tag + "光猫属于终端设备。", "", "", "", "", "错", "G1"),
                "");
    }

    static MockMultipartHttpServletRequestBuilder upload(String url, String name, byte[] content) {
        return multipart(url).file(new MockMultipartFile("file", name, "text/csv", content));
    }

    @Test
    void importsAGbkTabSeparatedFileAndAUtf8FileWithItsMarkAlike() throws Exception {
        String gbkTag = "G" + UUID.randomUUID().toString().substring(0, 6);
        byte[] gbk = file(gbkTag, '\t').getBytes(Charset.forName("GBK"));
        String utfTag = "U" + UUID.randomUUID().toString().substring(0, 6);
        byte[] utf8 = ("\uFEFF" + file(utfTag, ',')).getBytes(StandardCharsets.UTF_8);
        for (var upload : List.of(
                upload("/api/questions/import", "题库.csv", gbk), upload("/api/questions/import", "x.txt", utf8))) {
            String body = mvc.perform(upload.with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains("\"imported\":3");
            List<Number> ids = JsonPath.read(body, "$.ids");
            List<Question> questions =
                    batches.contents(ids.stream().map(Number::longValue).toList());
            assertThat(questions)
                    .extracting(Question::type)
                    .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.TRUE_FALSE);
            assertThat(questions.get(0).stem()).contains("合同订立应遵循的原则是").endsWith("哪一项？");
            assertThat(((SingleChoice) questions.get(0).body()).answer()).isEqualTo("A");
            assertThat(((MultipleChoice) questions.get(1).body()).answers()).containsExactly("A", "B", "D");
            assertThat(questions.get(2).body()).isEqualTo(TrueFalse.wrong());
        }
    }

    @Test
    void theMappingStepShowsACsvsColumnsAsASheet() throws Exception {
        byte[] csv = file("映射", ',').getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("/api/questions/import/mapping", "q.csv", csv).with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sheets[0].sheet").value("CSV"))
                .andExpect(jsonPath("$.sheets[0].columns[0].field").value("TYPE"))
                .andExpect(jsonPath("$.sheets[0].columns[6].field").value("ANSWER"));
    }

    @Test
    void aCsvInAnUnknownEncodingIsRefusedSayingHowToSaveIt() throws Exception {
        byte[] bad = {
            (byte) 0xB1, ',', (byte) 0xB2, ',', (byte) 0xB3, '\n', (byte) 0x80, ',', (byte) 0xFF, ',', (byte) 0xB3, '\n'
        };
        mvc.perform(upload("/api/questions/import", "q.csv", bad).with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("questionImport.file.CSV_ENCODING"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("CSV UTF-8（逗号分隔）")));
        mvc.perform(upload("/api/questions/import", "q.csv", bad)
                        .header("Accept-Language", "en")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.containsString("CSV UTF-8 (comma delimited)")));
    }
}
