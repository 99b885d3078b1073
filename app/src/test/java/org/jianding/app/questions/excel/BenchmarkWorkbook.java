package org.jianding.app.questions.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A large question workbook in the template's layout for the import benchmark: a realistic mix of types (40% 单选,
 * 20% 多选, 15% 判断, 10% 填空, 10% 简答, 5% 案例分析 with three sub-questions) over the default taxonomy's leaves,
 * with random stems of 30–80 characters (a fifth from a small domain vocabulary, the rest from 1,500 common CJK
 * ideographs, so bigrams are spread roughly as in real text) that are not near-duplicates of each other.
 */
final class BenchmarkWorkbook {

    private static final String[] LEAVES = {
        "G1", "G2", "G3", "G4", "P1", "P2", "P3", "P4", "J1", "J2", "J3", "S1", "S2", "S3"
    };
    private static final String CHARS = "客户经理政企业务网络服务营销方案需求分析电信产品资费专线宽带云计算数据中心安全保障流程规范沟通协调执行管理市场竞争渠道品牌价值";

    private final Random random = new Random(20260101);
    private Sheet sheet;
    private int next = 1;

    private BenchmarkWorkbook() {}

    static byte[] questions(int count) throws IOException {
        return new BenchmarkWorkbook().write(count);
    }

    private byte[] write(int count) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            sheet = workbook.createSheet("试题");
            Row header = sheet.createRow(0);
            for (int c = 0; c < QuestionSheets.TEMPLATE_HEADER.length; c++) {
                header.createCell(c).setCellValue(QuestionSheets.TEMPLATE_HEADER[c]);
            }
            for (int i = 0; i < count; i++) {
                question(i);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private void question(int i) {
        int kind = i % 20;
        String leaf = LEAVES[i % LEAVES.length];
        if (kind < 8) {
            choice("单选", null, "B", 1, leaf);
        } else if (kind < 12) {
            choice("多选", null, "ACD", 2, leaf);
        } else if (kind < 15) {
            plain("判断", null, stem(), "对", null, 1, leaf);
        } else if (kind < 17) {
            plain("填空", null, stem() + "____" + stem(), "答案甲|答案乙", null, 2, leaf);
        } else if (kind < 19) {
            plain("简答", null, stem(), stem(), "2分 要点一\n3分 要点二", 5, leaf);
        } else {
            Row row = row("案例分析", null, "", null, 6, leaf);
            row.createCell(3).setCellValue(stem() + stem() + stem());
            choice("单选", 1, "A", 2, null);
            plain("判断", 2, stem(), "错", null, 1, null);
            plain("简答", 3, stem(), stem(), null, 3, null);
        }
    }

    private void choice(String type, Integer sub, String answer, int points, String leaf) {
        Row row = row(type, sub, stem(), answer, points, leaf);
        for (int o = 0; o < 4; o++) {
            row.createCell(4 + o).setCellValue("选项" + o + word(6));
        }
    }

    private void plain(String type, Integer sub, String stem, String answer, String rubric, int points, String leaf) {
        Row row = row(type, sub, stem, answer, points, leaf);
        if (rubric != null) {
            row.createCell(13).setCellValue(rubric);
        }
    }

    private Row row(String type, Integer sub, String stem, String answer, int points, String leaf) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellValue(type);
        if (sub != null) {
            row.createCell(1).setCellValue(sub);
        }
        row.createCell(2).setCellValue(stem);
        if (answer != null) {
            row.createCell(12).setCellValue(answer);
        }
        row.createCell(14).setCellValue("解析" + word(20));
        row.createCell(15).setCellValue(points);
        if (leaf != null) {
            row.createCell(16).setCellValue(1 + random.nextInt(5));
            row.createCell(17).setCellValue("熟悉");
            row.createCell(18).setCellValue("初级 中级");
            row.createCell(19).setCellValue(leaf);
        }
        return row;
    }

    private String stem() {
        return word(30 + random.nextInt(50));
    }

    private String word(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(
                    random.nextInt(5) == 0
                            ? CHARS.charAt(random.nextInt(CHARS.length()))
                            : (char) (0x4E00 + random.nextInt(1500)));
        }
        return text.toString();
    }
}
