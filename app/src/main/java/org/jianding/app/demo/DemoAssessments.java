package org.jianding.app.demo;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.competency.AssessmentDraft;
import org.jianding.app.competency.Assessments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo assessor 吴评估 ({@code assessor}) in 东城分公司 and a first round of 评估打分 for the demo candidates of
 * that unit (cand01, cand02), so that their competency records show levels, gaps and a chart on a fresh start.
 * Created once, together with the assessor account; all or nothing.
 */
@Component
class DemoAssessments {

    static final String ASSESSOR = "assessor";
    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);

    private final Accounts accounts;
    private final Assessments assessments;
    private final TransactionTemplate transactions;

    DemoAssessments(Accounts accounts, Assessments assessments, TransactionTemplate transactions) {
        this.accounts = accounts;
        this.assessments = assessments;
        this.transactions = transactions;
    }

    void createIfMissing() {
        if (accounts.findByEmployeeNo(ASSESSOR).isPresent()) {
            return;
        }
        OrgUnit east = accounts.orgUnits().stream()
                .filter(u -> u.code().equals("GS-E"))
                .findFirst()
                .orElse(null);
        if (east == null) {
            log.warn("No demo assessor: the demo unit GS-E is missing");
            return;
        }
        transactions.executeWithoutResult(status -> {
            long assessor = accounts.createWithKnownPassword(
                            new UserDraft(ASSESSOR, "吴评估", east.id(), null, null, null, EnumSet.of(Role.ASSESSOR)),
                            DemoData.PASSWORD)
                    .user()
                    .id();
            accounts.findByEmployeeNo("cand01")
                    .ifPresent(c -> assess(
                            assessor,
                            c,
                            Map.of(
                                    "ACHIEVEMENT", new String[] {"INTERMEDIATE", "本季度主动接手两家难度较大的老客户续约，均按期完成。"},
                                    "COMMUNICATION", new String[] {"JUNIOR", "表达清楚，但向客户讲解方案时较少根据对方反应调整。"},
                                    "EXECUTION", new String[] {"INTERMEDIATE", "能把上级布置的走访计划拆成周计划并按期完成。"},
                                    "INFORMATION", new String[] {"JUNIOR", "客户资料按模板录入及时，但渠道主要限于拜访。"},
                                    "MARKETING", new String[] {"JUNIOR", "按计划拜访并介绍产品，主动开拓新客户较少。"},
                                    "RELATIONSHIP", new String[] {"INTERMEDIATE", "已结识客户采购、信息部门的多位联系人。"})));
            accounts.findByEmployeeNo("cand02")
                    .ifPresent(c -> assess(
                            assessor,
                            c,
                            Map.of(
                                    "ACHIEVEMENT", new String[] {"SENIOR", "为小组提出高于指标 20% 的目标并带头完成。"},
                                    "RESILIENCE", new String[] {"INTERMEDIATE", "丢单后一周内恢复状态，复盘了报价问题。"},
                                    "EMOTION", new String[] {"INTERMEDIATE", "面对客户投诉时语气平和，先解决问题再解释。"},
                                    "NEEDS_ANALYSIS", new String[] {"INTERMEDIATE", "通过追问弄清了客户专线扩容背后的新厂区计划。"},
                                    "RETENTION", new String[] {"JUNIOR", "按规定回访，尚未对流失风险客户采取专门措施。"})));
        });
        log.info(
                "Demo assessor created (password {}): {}, with assessments of cand01 and cand02",
                DemoData.PASSWORD,
                ASSESSOR);
    }

    private void assess(long assessor, UserAccount person, Map<String, String[]> byItem) {
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> evidence = new LinkedHashMap<>();
        byItem.forEach((item, v) -> {
            levels.put(item, v[0]);
            evidence.put(item, v[1]);
        });
        assessments.assess(assessor, person.id(), new AssessmentDraft(levels, evidence));
    }
}
