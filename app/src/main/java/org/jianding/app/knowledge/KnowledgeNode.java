package org.jianding.app.knowledge;

/** A node of the knowledge tree as the application stores it. */
public record KnowledgeNode(long id, String code, String name, Long parentId, int sortOrder, boolean retired) {}
