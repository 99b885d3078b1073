package org.jianding.bank.interchange;

import java.util.Locale;
import java.util.Map;

/** Why a question of another system's type is left out: the bank has 单选, 多选, 判断, 填空, 简答 and 案例分析 only. */
final class ForeignTypes {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("matching", "配伍题（matching）"),
            Map.entry("match", "配伍题（match）"),
            Map.entry("associate", "配对题（associate）"),
            Map.entry("ordering", "排序题（ordering）"),
            Map.entry("order", "排序题（order）"),
            Map.entry("graphicorder", "图形排序题（graphic order）"),
            Map.entry("gapselect", "选词填空（gap-select）"),
            Map.entry("gapmatch", "拖词填空（gap-match）"),
            Map.entry("ddwtos", "拖放填词（drag and drop into text）"),
            Map.entry("ddimageortext", "拖放到图片（drag and drop onto image）"),
            Map.entry("ddmarker", "拖放标记（drag and drop markers）"),
            Map.entry("description", "说明文字（description），不是试题"),
            Map.entry("cloze", "含多种小题的完形填空（cloze）"),
            Map.entry("multianswer", "含多种小题的完形填空（cloze）"),
            Map.entry("calculated", "计算题（calculated）"),
            Map.entry("calculatedsimple", "计算题（calculated simple）"),
            Map.entry("calculatedmulti", "计算选择题（calculated multichoice）"),
            Map.entry("randomsamatch", "随机配伍题（random short-answer matching）"),
            Map.entry("inlinechoice", "下拉选词（inline choice）"),
            Map.entry("hotspot", "热区题（hotspot）"),
            Map.entry("hottext", "热词题（hot text）"),
            Map.entry("graphicgapmatch", "图形拖放（graphic gap match）"),
            Map.entry("graphicassociate", "图形配对（graphic associate）"),
            Map.entry("selectpoint", "选点题（select point）"),
            Map.entry("positionobject", "放置题（position object）"),
            Map.entry("slider", "滑块题（slider）"),
            Map.entry("upload", "上传文件题（upload）"),
            Map.entry("drawing", "绘图题（drawing）"),
            Map.entry("media", "音视频题（media）"),
            Map.entry("endattempt", "结束作答按钮（end attempt）"),
            Map.entry("customInteraction", "自定义交互（custom interaction）"),
            Map.entry("portablecustom", "自定义交互（portable custom interaction）"));

    private ForeignTypes() {}

    /** 题库没有此题型：配伍题（matching）. */
    static String skipReason(String foreignType) {
        String key = foreignType.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (key.endsWith("interaction")) {
            key = key.substring(0, key.length() - "interaction".length());
        }
        String name = NAMES.getOrDefault(key, foreignType);
        return name.endsWith("不是试题") ? name : "题库没有此题型：" + name;
    }

    static String ref(int number, String name) {
        String n = name == null ? "" : name.strip();
        if (n.length() > 40) {
            n = n.substring(0, 39) + "…";
        }
        return "第" + number + "题" + (n.isEmpty() ? "" : "「" + n + "」");
    }
}
