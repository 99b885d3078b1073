package org.jianding.app.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.competency.CompetencyProfile;
import org.jianding.app.grading.ResultView;
import org.jianding.app.statistics.ScoreReliability;
import org.jianding.bank.Level;

/** Hand-built documents and profiles for the pure rendering tests. */
final class ReportFixture {

    static final String SERIAL = "JD-7K3MQ-X9P2R-TAH" + Serials.check("7K3MQX9P2RTAH");
    static final String URL = "https://jianding.example.cn/verify/" + SERIAL;

    private ReportFixture() {}

    /** The 18 items of the model, the knowledge ones assessed above the standard, three never assessed. */
    static CompetencyProfile profile() {
        String[] names = {
            "成就导向", "抗挫能力", "沟通倾听能力", "书面表达能力", "人际交往能力", "执行能力", "情绪控制能力", "协调能力", "通用基础知识", "专业基础知识", "岗位基础知识",
            "岗位基本技能", "信息收集能力", "需求分析能力", "定制策略能力", "主动营销能力", "客户保持能力", "客户关系能力"
        };
        List<CompetencyProfile.Item> items = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            Level assessed = i < 3 ? null : i >= 8 && i <= 11 ? Level.SENIOR : Level.INTERMEDIATE;
            items.add(new CompetencyProfile.Item(
                    "C" + (i + 1),
                    names[i],
                    i < 8 ? "基本能力" : i < 12 ? "专业/技术能力" : "职能行为能力",
                    assessed,
                    Level.INTERMEDIATE,
                    assessed == null ? null : "测试"));
        }
        return new CompetencyProfile(1, 7L, 1L, Level.INTERMEDIATE, Instant.parse("2026-11-20T02:00:00Z"), items);
    }

    static ScoreReportData report(String generatedAt) {
        return report(generatedAt, profile());
    }

    static ScoreReportData report(String generatedAt, CompetencyProfile profile) {
        List<ResultView.AreaLine> areas = List.of(
                area("G", "通用基础知识", "14", "20", "70.00", "0.2", "0.222222", "15.5555"),
                area("P", "专业基础知识", "21.5", "30", "71.67", "0.3", "0.333333", "23.8900"),
                area("J", "岗位基础知识", "25", "40", "62.50", "0.4", "0.444444", "27.7778"),
                new ResultView.AreaLine(
                        "S", "岗位基本技能", BigDecimal.ZERO, BigDecimal.ZERO, null, new BigDecimal("0.1"), null, null));
        return report(generatedAt, profile, areas);
    }

    /**
     * A report scored at a deeper level of the taxonomy: {@code n} areas such as 通用基础知识·第3分领域（G.3）, the
     * first name of each long enough to wrap in its cell.
     */
    static ScoreReportData deepReport(int n) {
        String[] tops = {"G", "P", "J", "S"};
        String[] names = {"通用基础知识", "专业基础知识", "岗位基础知识", "岗位基本技能"};
        List<ResultView.AreaLine> areas = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = names[i % 4] + "·第" + (i / 4 + 1) + "分领域" + (i == 0 ? "（含政企客户关系维护与项目商机管理实务）" : "");
            areas.add(area(tops[i % 4] + "." + (i / 4 + 1), name, "7", "10", "70.00", "0.05", "0.05", "3.5"));
        }
        return report("2026-11-27 10:00:00", profile(), areas);
    }

    static ScoreReportData report(String generatedAt, CompetencyProfile profile, List<ResultView.AreaLine> areas) {
        return new ScoreReportData(
                SERIAL,
                URL,
                "鉴定职业技能等级认证中心",
                "张三明",
                "E20260042",
                "示范市分公司",
                "政企客户经理",
                Level.INTERMEDIATE,
                "2026年政企客户经理三级(中级)认证考试",
                LocalDate.of(2026, 11, 18),
                new BigDecimal("67.2"),
                new BigDecimal("60.00"),
                true,
                areas,
                3,
                profile,
                LocalDate.of(2026, 11, 20),
                Instant.parse("2026-11-20T02:00:00Z"),
                1,
                null,
                generatedAt,
                new ScoreReliability.Reliability(120, 0.912, 3.14));
    }

    static byte[] scoreReport(CompetencyProfile profile) {
        return ReportPdfs.scoreReport(report("2026-11-27 10:00:00", profile));
    }

    static CertificateData certificate(String generatedAt) {
        return new CertificateData(
                SERIAL,
                URL,
                "鉴定职业技能等级认证中心",
                "张三明",
                "E20260042",
                "政企客户经理",
                Level.INTERMEDIATE,
                "2026年政企客户经理三级(中级)认证考试",
                LocalDate.of(2026, 11, 20),
                LocalDate.of(2029, 11, 19),
                Instant.parse("2026-11-20T02:00:00Z"),
                1,
                null,
                generatedAt);
    }

    private static ResultView.AreaLine area(
            String code, String name, String earned, String max, String score, String w, String ew, String c) {
        return new ResultView.AreaLine(
                code,
                name,
                new BigDecimal(earned),
                new BigDecimal(max),
                new BigDecimal(score),
                new BigDecimal(w),
                new BigDecimal(ew),
                new BigDecimal(c));
    }
}
