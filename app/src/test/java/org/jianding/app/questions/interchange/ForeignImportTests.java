package org.jianding.app.questions.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jianding.app.testsupport.Scripts.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.questions.QuestionBatches;
import org.jianding.app.questions.QuestionImages;
import org.jianding.app.questions.QuestionStatus;
import org.jianding.app.questions.WorkflowAction;
import org.jianding.app.shared.DomainException;
import org.jianding.app.testsupport.Demo;
import org.jianding.app.testsupport.Logins;
import org.jianding.app.testsupport.WebTest;
import org.jianding.bank.item.FillBlank;
import org.jianding.bank.item.Question;
import org.jianding.bank.item.QuestionType;
import org.jianding.bank.item.SingleChoice;
import org.jianding.bank.item.TrueFalse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Files of other systems come in through the same upload as Excel, recognised by content, all or none. */
@WebTest
class ForeignImportTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    KnowledgeTree knowledge;

    @Autowired
    QuestionBatches batches;

    @Autowired
    QuestionImages images;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    QuestionBank bank;

    @Autowired
    Accounts accounts;

    static byte[] resource(String name) throws Exception {
        try (InputStream in = ForeignImportTests.class.getResourceAsStream("/interchange/" + name)) {
            return in.readAllBytes();
        }
    }

    static MockMultipartHttpServletRequestBuilder upload(String url, String fileName, byte[] content) {
        return multipart(url).file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
    }

    private KnowledgeNode node(String code, String name, Long parent) {
        return knowledge.byCode(code).orElseGet(() -> knowledge.add(code, name, parent));
    }

    private long questions() {
        return jdbc.queryForObject("select count(*) from question", Long.class);
    }

    private List<Question> imported(String json) {
        List<Integer> ids = JsonPath.read(json, "$.ids");
        return batches.contents(ids.stream().map(Integer::longValue).toList());
    }

    @Test
    void importsMoodleXmlFilingCategoriesUnderKnowledgeNodesByPath() throws Exception {
        KnowledgeNode iota = node("IFX-IOTA", "Iota", null);
        KnowledgeNode kappa = node("IFX-KAPPA", "Kappa", iota.id());
        node("IFX-LAMBDA", "Lambda", kappa.id());
        node("IFX-MU", "Mu", iota.id());
        node("IFX-REST", "外部导入", null);

        String json = mvc.perform(
                        upload("/api/questions/import", "moodle.xml", resource("nested_categories_with_questions.xml"))
                                .param("knowledgePoint", "IFX-REST")
                                .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("Moodle XML"))
                .andExpect(jsonPath("$.imported").value(5))
                .andExpect(jsonPath("$.assumptions[0].ref").value("第1题「Iota Question」"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        List<Question> questions = imported(json);
        assertThat(questions)
                .extracting(Question::knowledgePoint)
                .containsExactly("IFX-REST", "IFX-REST", "IFX-REST", "IFX-LAMBDA", "IFX-MU");
        assertThat(questions)
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.TRUE_FALSE);
        assertThat(questions.get(0).body()).isEqualTo(TrueFalse.right());
        assertThat(questions.get(0).explanation())
                .as("解析 is optional: nothing is made up")
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_event where action = 'questions.imported' and detail like '5 drafts from Moodle XML moodle.xml%'",
                        Long.class))
                .isPositive();
    }

    @Test
    void importsMoodlesThreeOptionQuestionAsADraftWithItsImageBelowTheStandardAndListsSkippedTypes() throws Exception {
        node("IFX-REST", "外部导入", null);
        String json = mvc.perform(
                        upload("/api/questions/import", "old.xml", resource("sample_questions_with_old_image_tag.xml"))
                                .param("knowledgePoint", "IFX-REST")
                                .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.skipped[0].ref").value("第1题「cloze question with image」"))
                .andExpect(jsonPath("$.skipped[0].reason").value("题库没有此题型：含多种小题的完形填空（cloze）"))
                .andExpect(jsonPath("$.assumptions[0].ref").value("第2题「mcq with image」"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> notes = JsonPath.read(json, "$.assumptions[*].text");
        assertThat(notes).anyMatch(n -> n.contains("单选题须有4到8个选项，实有3个（低于题库标准）：以草稿导入，补足选项后才能提交审核"));
        Question mcq = imported(json).get(0);
        assertThat(mcq.options())
                .extracting(o -> o.text())
                .containsExactly("wrong answer", "another wrong answer", "right answer");
        assertThat(((SingleChoice) mcq.body()).answer()).isEqualTo("C");
        String src = mcq.stem().replaceAll("(?s).*src=\"/bank/images/([0-9a-f]{64})\".*", "$1");
        assertThat(images.find(src))
                .hasValueSatisfying(i -> assertThat(i.bytes()).startsWith((byte) 0x89, (byte) 'P'));
        long id = ((Integer) JsonPath.read(json, "$.ids[0]")).longValue();
        assertThat(bank.get(id).status()).isEqualTo(QuestionStatus.DRAFT);
        long author = accounts.findByEmployeeNo(Demo.AUTHOR).orElseThrow().id();
        assertThatThrownBy(() -> bank.act(id, WorkflowAction.SUBMIT, author, null))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.messageCode()).isEqualTo("question.options.belowStandard"));
        assertThat(bank.get(id).status()).isEqualTo(QuestionStatus.DRAFT);
    }

    @Test
    void refusesAFileWithAnInvalidQuestionNamingItAndWritesNothing() throws Exception {
        node("IFX-REST", "外部导入", null);
        long before = questions();
        byte[] aiken = ("以下哪项属于接入网技术？\nA. PON\nB. IMS\nC. EPC\nD. OTN\nANSWER: A\n\n" + "只有一个选项的题？\nA. 唯一\nANSWER: A\n")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("/api/questions/import", "q.txt", aiken)
                        .param("knowledgePoint", "IFX-REST")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("interchange.rejected"))
                .andExpect(jsonPath("$.detail").value("Aiken 文件中有 1 道试题存在问题（共 1 处），未导入任何试题。请修改后重新上传。"))
                .andExpect(jsonPath("$.problems[0].question").value("第2题「只有一个选项的题？」"))
                .andExpect(jsonPath("$.problems[0].message").value("单选题须有2到8个选项，实有1个"));
        assertThat(questions()).isEqualTo(before);
    }

    @Test
    void importsMoodlesGiftExamplesAikenAnd1EdTechsQti22ChoiceSkippingMatching() throws Exception {
        node("IFX-REST", "外部导入", null);
        String gift = importJson("examples.gift.txt", "GIFT");
        assertThat((Integer) JsonPath.read(gift, "$.imported")).isEqualTo(40);
        List<String> skipped = JsonPath.read(gift, "$.skipped[*].reason");
        assertThat(skipped).hasSize(3).allMatch(r -> r.equals("题库没有此题型：配伍题（matching）"));
        List<String> notes = JsonPath.read(gift, "$.assumptions[*].text");
        assertThat(notes).filteredOn(n -> n.contains("低于题库标准")).hasSize(13);
        assertThat(imported(gift))
                .extracting(Question::type)
                .contains(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.TRUE_FALSE,
                        QuestionType.FILL_BLANK);

        String aiken = importJson("questions.aiken.txt", "Aiken");
        assertThat(imported(aiken))
                .extracting(Question::type)
                .containsExactly(QuestionType.SINGLE_CHOICE, QuestionType.TRUE_FALSE);

        String qti = importJson("qti22_choice.xml", "QTI");
        Question luggage = imported(qti).get(0);
        assertThat(luggage.options()).hasSize(3);
        assertThat(((SingleChoice) luggage.body()).answer()).isEqualTo("A");
    }

    private String importJson(String fixture, String format) throws Exception {
        return mvc.perform(upload("/api/questions/import", fixture, resource(fixture))
                        .param("knowledgePoint", "IFX-REST")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value(org.hamcrest.Matchers.startsWith(format)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void importsTheQti3PackageOf1EdTechListingWhatItSkipsAndWhy() throws Exception {
        node("IFX-REST", "外部导入", null);
        String json = mvc.perform(upload("/api/questions/import", "BBQsTest.zip", resource("BBQsTest.zip"))
                        .param("knowledgePoint", "IFX-REST")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.imported").value(10))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<String> skipped = JsonPath.read(json, "$.skipped[*].reason");
        assertThat(skipped)
                .hasSize(12)
                .anyMatch(r -> r.contains("排序题"))
                .anyMatch(r -> r.contains("上传文件题"))
                .anyMatch(r -> r.contains("模板变量"));
        List<Question> questions = imported(json);
        // keyed from its response processing (the response compared with 42 where SCORE is set)
        Question answer = questions.stream()
                .filter(q -> q.stem().contains("answer to life"))
                .findFirst()
                .orElseThrow();
        assertThat(answer.body()).isInstanceOf(FillBlank.class);
        assertThat(((FillBlank) answer.body()).blanks())
                .singleElement()
                .satisfies(b -> assertThat(b.accepted()).containsExactly("42"));
    }

    @Test
    void importsTheWordTemplateOfAnotherExamProductWithItsPicture() throws Exception {
        node("IFX-REST", "外部导入", null);
        String json = mvc.perform(upload("/api/questions/import", "试题模板.docx", resource("xmky-exam-试题模板.docx"))
                        .param("knowledgePoint", "IFX-REST")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("Word .docx"))
                .andExpect(jsonPath("$.imported").value(6))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Question> questions = imported(json);
        assertThat(questions)
                .extracting(Question::type)
                .containsExactly(
                        QuestionType.SINGLE_CHOICE,
                        QuestionType.MULTIPLE_CHOICE,
                        QuestionType.FILL_BLANK,
                        QuestionType.TRUE_FALSE,
                        QuestionType.SHORT_ANSWER,
                        QuestionType.SHORT_ANSWER);
        Question single = questions.get(0);
        assertThat(((SingleChoice) single.body()).answer()).isEqualTo("B");
        assertThat(single.options()).extracting(o -> o.text()).element(3).isEqualTo("单选题的D选项");
        assertThat(single.stem()).contains("我是一道单选题的", "src=\"/bank/images/");
        assertThat(single.difficulty().value()).isEqualTo(1);
        assertThat(questions.get(1).options())
                .extracting(o -> o.text())
                .element(1)
                .isEqualTo("多选题的B选项。");
        assertThat(questions.get(3).body()).isEqualTo(TrueFalse.right());
        assertThat(((FillBlank) questions.get(2).body()).blanks())
                .extracting(b -> b.accepted())
                .containsExactly(List.of("山西", "晋"), List.of("一般", "通常", "普遍"));
    }

    @Test
    void importsAWordQuestionBookWithItsImageAndSections() throws Exception {
        node("IFX-REST", "外部导入", null);
        byte[] docx = WordFiles.docx(
                "一、单项选择题",
                "1. 下图所示的设备属于哪类？[图]",
                "A. 接入设备  B. 传输设备",
                "C. 核心网设备",
                "D. 终端设备",
                "答案：A",
                "解析：图中是光猫，属于接入设备。",
                "二、判断题",
                "2. 光猫属于终端设备。（ ）",
                "答案：错",
                "三、填空题",
                "3. 5G 的峰值速率可达____Gbps。",
                "答案：20",
                "四、连线题",
                "4. 将设备与类别连线。",
                "答案：略");
        String json = mvc.perform(upload("/api/questions/import", "题本.docx", docx)
                        .param("knowledgePoint", "IFX-REST")
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.format").value("Word .docx"))
                .andExpect(jsonPath("$.imported").value(3))
                .andExpect(jsonPath("$.skipped[0].reason").value("题库没有此题型：连线题"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Question> questions = imported(json);
        Question choice = questions.get(0);
        assertThat(choice.body()).isInstanceOf(SingleChoice.class);
        assertThat(choice.options()).extracting(o -> o.text()).containsExactly("接入设备", "传输设备", "核心网设备", "终端设备");
        assertThat(choice.explanation()).isEqualTo("图中是光猫，属于接入设备。");
        String src = choice.stem().replaceAll("(?s).*src=\"/bank/images/([0-9a-f]{64})\".*", "$1");
        assertThat(src).hasSize(64);
        assertThat(images.find(src))
                .hasValueSatisfying(i -> assertThat(i.bytes()).isEqualTo(WordFiles.PNG));
        assertThat(questions.get(1).body()).isEqualTo(TrueFalse.wrong());
        assertThat(questions.get(1).stem()).isEqualTo("光猫属于终端设备。");
        assertThat(questions.get(2).body()).isInstanceOf(FillBlank.class);
    }

    @Test
    void refusesHostilePackagesWithAClearMessageAndWritesNothing() throws Exception {
        long before = questions();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("imsmanifest.xml"));
            zip.write("<manifest/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("../../etc/cron.d/evil"));
            zip.write("* * * * * root sh".getBytes(StandardCharsets.UTF_8));
        }
        mvc.perform(upload("/api/questions/import", "evil.zip", out.toByteArray())
                        .with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("interchange.file.UNSAFE_PATH"))
                .andExpect(
                        jsonPath("$.detail").value("压缩包内的路径“../../etc/cron.d/evil”指向包外（zip-slip），出于安全考虑已拒绝，未导入任何内容。"));
        byte[] xxe = ("<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<quiz><question type=\"truefalse\"><questiontext><text>&x;</text></questiontext></question></quiz>")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("/api/questions/import", "xxe.xml", xxe).with(httpBasic(Demo.AUTHOR, Demo.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("interchange.file.DOCTYPE"));
        assertThat(questions()).isEqualTo(before);
    }

    @Test
    void theImportPageTakesOtherFormatsAndListsSkippedQuestionsAndAssumptions() throws Exception {
        node("IFX-REST", "外部导入", null);
        Cookie author = Logins.login(mvc, Demo.AUTHOR, Demo.PASSWORD);
        byte[] gift = ("::IFX 网页::GIFT 网页导入：以下哪项是接入网技术？{=PON ~IMS ~EPC ~OTN}\n\n"
                        + "::配伍::将设备与类别配对。{=光猫 -> 接入 =路由器 -> 数据 =手机 -> 终端}\n")
                .getBytes(StandardCharsets.UTF_8);
        mvc.perform(upload("/bank/import", "q.txt", gift)
                        .param("knowledgePoint", "IFX-REST")
                        .param("dryRun", "true")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("校验通过：GIFT 文件中共 1 道试题可以导入")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("题库没有此题型：配伍题（matching）")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("未提供解析"))));
        mvc.perform(upload("/bank/import", "q.txt", gift)
                        .param("knowledgePoint", "没有这个知识点")
                        .cookie(author)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("默认知识点“没有这个知识点”不存在")));
    }

    @Test
    void candidatesCannotImportOtherFormats() throws Exception {
        long before = questions();
        mvc.perform(upload("/api/questions/import", "q.txt", "Q?{=A ~B ~C ~D}".getBytes(StandardCharsets.UTF_8))
                        .with(httpBasic(Demo.CANDIDATE, Demo.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(questions()).isEqualTo(before);
    }
}
