package org.jianding.app.questions;

import org.jianding.app.knowledge.KnowledgeNodeUsage;
import org.springframework.stereotype.Component;

/** A knowledge node that tags any question (as primary or secondary point) is in use and cannot be deleted. */
@Component
class QuestionKnowledgeUsage implements KnowledgeNodeUsage {

    private final QuestionRepository repository;

    QuestionKnowledgeUsage(QuestionRepository repository) {
        this.repository = repository;
    }

    @Override
    public long usesOf(long nodeId) {
        return repository.usesOf(nodeId);
    }
}
