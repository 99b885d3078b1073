package org.jianding.bank.taxonomy;

import static org.jianding.bank.taxonomy.KnowledgeNode.child;
import static org.jianding.bank.taxonomy.KnowledgeNode.root;

import java.util.List;

/**
 * The tree a new installation starts with, following the seed's certification standard: four areas (通用基础知识,
 * 专业基础知识, 岗位基础知识, 岗位基本技能) whose leaves the demo bank and the default blueprints use. It is data,
 * meant to be copied into the editable taxonomy, not a fixed list the code depends on.
 */
public final class DefaultTaxonomy {

    private static final Taxonomy TREE = new Taxonomy(List.of(
            root("G", "通用基础知识"),
            child("G1", "电信行业概况", "G"),
            child("G2", "企业概况", "G"),
            child("G3", "法律法规", "G"),
            child("G4", "企业规章制度", "G"),
            root("P", "专业基础知识"),
            child("P1", "管理基础知识", "P"),
            child("P2", "市场营销专业知识", "P"),
            child("P3", "电信技术知识", "P"),
            child("P4", "电信产品知识", "P"),
            root("J", "岗位基础知识"),
            child("J1", "服务礼仪及行为规范", "J"),
            child("J2", "重点业务知识", "J"),
            child("J3", "服务营销知识", "J"),
            root("S", "岗位基本技能"),
            child("S1", "客户信息收集与需求分析", "S"),
            child("S2", "解决方案制定与营销", "S"),
            child("S3", "客户关系维护与保持", "S")));

    private DefaultTaxonomy() {}

    public static Taxonomy tree() {
        return TREE;
    }
}
