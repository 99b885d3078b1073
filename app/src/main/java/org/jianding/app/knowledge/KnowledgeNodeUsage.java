package org.jianding.app.knowledge;

/**
 * Tells whether anything refers to a knowledge node. Implemented by the modules that tag things with nodes
 * (questions), so that this module can refuse to delete a node in use without depending on them.
 */
public interface KnowledgeNodeUsage {

    /** How many things refer to the node; zero means it may be deleted. */
    long usesOf(long nodeId);
}
