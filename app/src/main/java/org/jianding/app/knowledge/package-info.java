/**
 * The knowledge taxonomy (知识点体系): an editable tree of knowledge points, seeded with the default tree of the
 * seed by migration V7. Nodes are added, renamed, moved and retired; a node in use (by questions, reported through
 * {@link org.jianding.app.knowledge.KnowledgeNodeUsage}) or with children cannot be deleted. Table: knowledge_node.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package org.jianding.app.knowledge;
