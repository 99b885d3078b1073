package org.jianding.app.questions.web;

import java.util.List;
import org.jianding.app.questions.QuestionGrouping;
import org.jianding.app.questions.QuestionGroupings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A question's 互斥 groups and item set over JSON. Item authors (and reviewers, who hold the same role) read and
 * change them; exam administrators read them. Nobody else.
 */
@RestController
@RequestMapping("/api/questions/{id}/grouping")
class QuestionGroupingApiController {

    record GroupingDto(List<String> mutexGroups, String itemSet) {

        static GroupingDto of(QuestionGrouping g) {
            return new GroupingDto(List.copyOf(g.mutexGroups()), g.itemSet());
        }
    }

    private final QuestionGroupings groupings;

    QuestionGroupingApiController(QuestionGroupings groupings) {
        this.groupings = groupings;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('AUTHOR','EXAM_ADMIN')")
    GroupingDto get(@PathVariable long id) {
        return GroupingDto.of(groupings.of(id));
    }

    @PutMapping
    @PreAuthorize("hasRole('AUTHOR')")
    GroupingDto put(@PathVariable long id, @RequestBody GroupingDto body) {
        return GroupingDto.of(groupings.update(id, body.mutexGroups(), body.itemSet()));
    }
}
