package org.jianding.app.questions;

import java.util.List;
import java.util.Random;

/**
 * Chinese stems for the search benchmark, strung together from a word list of the customer-manager syllabus, so
 * that a common word such as 套餐 matches a few per cent of a generated bank, as it would in a real one.
 */
final class GeneratedStems {

    /** Words of the syllabus; the benchmark searches for some of them. */
    static final List<String> WORDS = List.of(
            "客户", "套餐", "宽带", "专线", "政企", "合同", "资费", "营销", "服务", "投诉", "满意度", "信息化", "云计算", "物联网", "数据中心", "网络安全",
            "个人信息", "法律", "条例", "规章制度", "渠道", "产品", "解决方案", "需求", "分析", "维护", "关系", "礼仪", "规范", "商机", "拜访", "集团客户",
            "行业", "医疗", "教育", "政务", "工业互联网", "移动业务", "固网", "光纤", "流量", "终端", "号码", "携号转网", "实名制", "反诈", "电信", "运营商",
            "分公司", "客户经理", "存量", "续约", "欠费", "账单", "发票", "报价", "招标", "投标", "采购", "竞争对手", "市场份额", "品牌", "定价", "促销", "交付",
            "验收", "故障", "工单", "响应时限", "考核", "绩效", "培训", "保密", "廉洁", "安全生产", "数字化转型", "智慧城市", "视频监控", "云专线", "天翼云",
            "5G专网", "网络切片", "边缘计算", "大数据", "人工智能", "算力", "数据", "隐私", "合规", "风险", "审计", "成本", "收入", "利润", "价值", "忠诚度",
            "流失", "挽留", "回访", "沟通", "倾听", "异议", "谈判", "签约", "协议", "条款", "违约", "赔偿", "权益", "消费者", "未成年人", "网络", "基站",
            "覆盖", "信号", "速率", "带宽", "时延", "可靠性", "组网", "资源", "预算", "项目", "档案", "走访", "关键人", "决策链", "痛点", "价值主张", "差异化",
            "细分市场", "目标市场", "定位", "生命周期");

    private static final List<String> OPENINGS =
            List.of("关于", "在", "根据", "针对", "某分公司在", "客户经理在", "按照", "为提升", "下列关于", "某集团客户提出", "在开展", "处理");

    private static final List<String> LINKS = List.of("的", "与", "和", "中的", "过程中，", "时，", "方面的", "对", "以及", "相关的");

    private static final List<String> ENDINGS = List.of(
            "，下列说法正确的是？",
            "，应首先采取哪项措施？",
            "，不包括下列哪一项？",
            "属于以下哪一类？",
            "，正确的做法是什么？",
            "。请简述其主要内容。",
            "，以下哪些做法是恰当的？",
            "的要求是否正确？",
            "，其主要目的是什么？",
            "。");

    private final Random random;

    GeneratedStems(Random random) {
        this.random = random;
    }

    /** A stem of roughly {@code minChars} to {@code maxChars} characters with {@code blanks} blanks (____). */
    String stem(int minChars, int maxChars, int blanks) {
        int target = minChars + random.nextInt(maxChars - minChars + 1);
        StringBuilder s = new StringBuilder(pick(OPENINGS)).append(pick(WORDS));
        int blanksLeft = blanks;
        while (s.length() < target || blanksLeft > 0) {
            s.append(pick(LINKS));
            if (blanksLeft > 0 && random.nextInt(2) == 0) {
                s.append("____");
                blanksLeft--;
            } else {
                s.append(pick(WORDS));
            }
        }
        return s.append(pick(ENDINGS)).toString();
    }

    /** A case text of a few sentences, as a case-analysis question opens with. */
    String caseText() {
        StringBuilder s = new StringBuilder();
        int sentences = 3 + random.nextInt(5);
        for (int i = 0; i < sentences; i++) {
            s.append(stem(20, 60, 0).replaceAll("[？?]$", "。"));
        }
        return s.toString();
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
