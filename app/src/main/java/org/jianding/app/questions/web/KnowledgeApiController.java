package org.jianding.app.questions.web;

import java.util.List;
import java.util.Map;
import org.jianding.app.knowledge.KnowledgeNode;
import org.jianding.app.knowledge.KnowledgeTree;
import org.jianding.app.questions.QuestionBank;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge taxonomy over JSON, with each node's active questions by type and difficulty. */
@RestController
@RequestMapping("/api/knowledge")
@PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
class KnowledgeApiController {

    record NodeDto(long id, String code, String name, Long parentId, boolean retired, Map<String, Integer> active) {}

    record NodeRequest(String code, String name, Long parentId, Boolean retired) {}

    private final KnowledgeTree tree;
    private final QuestionBank bank;

    KnowledgeApiController(KnowledgeTree tree, QuestionBank bank) {
        this.tree = tree;
        this.bank = bank;
    }

    @GetMapping
    List<NodeDto> nodes() {
        Map<Long, Map<String, Integer>> counts = bank.activeCounts();
        return tree.nodes().stream()
                .map(n -> new NodeDto(
                        n.id(), n.code(), n.name(), n.parentId(), n.retired(), counts.getOrDefault(n.id(), Map.of())))
                .toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('AUTHOR')")
    KnowledgeNode add(@RequestBody NodeRequest request) {
        return tree.add(request.code(), request.name(), request.parentId());
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('AUTHOR')")
    KnowledgeNode update(@PathVariable long id, @RequestBody NodeRequest request) {
        KnowledgeNode node = tree.get(id);
        if (request.name() != null && !request.name().equals(node.name())) {
            node = tree.rename(id, request.name());
        }
        if (!java.util.Objects.equals(request.parentId(), node.parentId())) {
            node = tree.move(id, request.parentId());
        }
        if (request.retired() != null && request.retired() != node.retired()) {
            node = tree.setRetired(id, request.retired());
        }
        return node;
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @PreAuthorize("hasRole('AUTHOR')")
    void delete(@PathVariable long id) {
        tree.delete(id);
    }
}
