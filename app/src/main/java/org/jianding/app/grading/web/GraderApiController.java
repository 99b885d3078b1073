package org.jianding.app.grading.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.grading.GradingScores;
import org.jianding.app.grading.GradingTasks;
import org.jianding.app.grading.TaskView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The grader's API: assigned questions, the queue of one question (taking the next open answer), the question's
 * key, and scoring. Answers carry an anonymous label only: no name, 工号, unit or attempt id.
 */
@RestController
@RequestMapping("/api/grading")
@PreAuthorize("hasRole('GRADER')")
class GraderApiController {

    record ScoreRequest(List<BigDecimal> scores, String comment) {}

    private final GradingTasks tasks;
    private final GradingScores scores;
    private final CurrentUser currentUser;

    GraderApiController(GradingTasks tasks, GradingScores scores, CurrentUser currentUser) {
        this.tasks = tasks;
        this.scores = scores;
        this.currentUser = currentUser;
    }

    @GetMapping("/queues")
    @PreAuthorize("hasRole('GRADER')")
    List<GradingTasks.Queue> queues() {
        return tasks.queues(me());
    }

    @GetMapping("/sessions/{sessionId}/questions/{questionId}/queue")
    @PreAuthorize("hasRole('GRADER')")
    GradingTasks.QueueState queue(@PathVariable long sessionId, @PathVariable long questionId) {
        return tasks.open(sessionId, questionId, me());
    }

    @GetMapping("/sessions/{sessionId}/questions/{questionId}/key")
    @PreAuthorize("hasRole('GRADER')")
    Map<String, Object> key(@PathVariable long sessionId, @PathVariable long questionId) {
        return tasks.key(sessionId, questionId, me());
    }

    @GetMapping("/tasks/{taskId}")
    @PreAuthorize("hasRole('GRADER')")
    TaskView task(@PathVariable long taskId) {
        return tasks.task(taskId, me());
    }

    @PostMapping("/tasks/{taskId}")
    @PreAuthorize("hasRole('GRADER')")
    TaskView score(@PathVariable long taskId, @RequestBody ScoreRequest request) {
        return scores.save(taskId, me(), request.scores(), request.comment());
    }

    private long me() {
        return currentUser.get().id();
    }
}
