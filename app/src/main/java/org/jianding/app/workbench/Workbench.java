package org.jianding.app.workbench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.competency.Assessments;
import org.jianding.app.exams.Attempts;
import org.jianding.app.exams.ExamSessions;
import org.jianding.app.exams.MyExam;
import org.jianding.app.grading.CandidateResults;
import org.jianding.app.grading.GradingPlans;
import org.jianding.app.grading.GradingTasks;
import org.jianding.app.grading.KeyWarnings;
import org.jianding.app.grading.Results;
import org.jianding.app.papers.Papers;
import org.jianding.app.questions.AuthorWork;
import org.jianding.app.questions.QuestionBank;
import org.jianding.app.reports.Batches;
import org.jianding.app.reports.Credentials;
import org.springframework.stereotype.Service;

/**
 * What waits for a person, role by role, asked of the modules that own it. A person with several roles gets one
 * list per role; a role gets only its own items. Lines with nothing waiting are left out.
 */
@Service
public class Workbench {

    private final Attempts attempts;
    private final Results results;
    private final CandidateResults ownResults;
    private final Credentials credentials;
    private final QuestionBank bank;
    private final ExamSessions sessions;
    private final Papers papers;
    private final GradingPlans plans;
    private final GradingTasks tasks;
    private final Batches batches;
    private final Assessments assessments;
    private final KeyWarnings keyWarnings;

    Workbench(
            Attempts attempts,
            Results results,
            CandidateResults ownResults,
            Credentials credentials,
            QuestionBank bank,
            ExamSessions sessions,
            Papers papers,
            GradingPlans plans,
            GradingTasks tasks,
            Batches batches,
            Assessments assessments,
            KeyWarnings keyWarnings) {
        this.keyWarnings = keyWarnings;
        this.attempts = attempts;
        this.results = results;
        this.ownResults = ownResults;
        this.credentials = credentials;
        this.bank = bank;
        this.sessions = sessions;
        this.papers = papers;
        this.plans = plans;
        this.tasks = tasks;
        this.batches = batches;
        this.assessments = assessments;
    }

    /** The to-do list of each of the person's roles, in the roles' order. */
    public Map<Role, List<Todo>> todos(UserAccount person) {
        Map<Role, List<Todo>> todos = new EnumMap<>(Role.class);
        for (Role role : person.roles()) {
            todos.put(role, of(role, person.id()));
        }
        return todos;
    }

    List<Todo> of(Role role, long me) {
        return switch (role) {
            case CANDIDATE -> candidate(me);
            case AUTHOR -> author(me);
            case EXAM_ADMIN -> examAdministrator();
            case GRADER -> grader(me);
            case OFFICER -> officer();
            case ASSESSOR -> assessor(me);
            case ADMIN -> List.of();
        };
    }

    private List<Todo> candidate(long me) {
        List<Todo> todos = new ArrayList<>();
        for (MyExam exam : attempts.myExams(me)) {
            String href = "/exam/sessions/" + exam.session().id();
            switch (exam.state()) {
                case IN_PROGRESS ->
                    todos.add(
                            new Todo("home.todo.exam.inProgress", exam.session().title(), null, href, null));
                case STARTABLE ->
                    todos.add(new Todo(
                            "home.todo.exam.open",
                            exam.session().title(),
                            null,
                            href,
                            exam.session().latestStart()));
                case UPCOMING ->
                    todos.add(new Todo(
                            "home.todo.exam.upcoming",
                            exam.session().title(),
                            null,
                            href,
                            exam.session().opensAt()));
                default -> {}
            }
        }
        add(todos, Todo.counted("home.todo.results", ownResults.releasedOf(me).size(), "/my/results"));
        add(todos, Todo.counted("home.todo.reports", credentials.validCount(me), "/my/reports"));
        return todos;
    }

    private List<Todo> author(long me) {
        AuthorWork work = bank.authorWork(me);
        List<Todo> todos = new ArrayList<>();
        add(
                todos,
                Todo.counted(
                        "home.todo.author.returned",
                        work.returned(),
                        "/bank/questions?status=DRAFT&mine=true&returned=true"));
        add(todos, Todo.counted("home.todo.author.drafts", work.drafts(), "/bank/questions?status=DRAFT&mine=true"));
        add(todos, Todo.counted("home.todo.author.review", work.awaitingReview(), "/bank/questions?status=SUBMITTED"));
        return todos;
    }

    private List<Todo> examAdministrator() {
        List<Todo> todos = new ArrayList<>();
        add(todos, Todo.counted("home.todo.admin.drafts", sessions.drafts().size(), "/exams?status=DRAFT"));
        add(
                todos,
                Todo.counted("home.todo.admin.lockedPapers", papers.lockedCount(), "/papers?kind=FIXED&status=LOCKED"));
        plans.withoutGraders()
                .forEach(s -> todos.add(new Todo(
                        "home.todo.admin.noGraders", s.title(), null, "/grading/sessions/" + s.id() + "/setup", null)));
        return todos;
    }

    private List<Todo> grader(long me) {
        List<Todo> todos = new ArrayList<>();
        for (GradingTasks.Waiting w : tasks.waiting(me)) {
            String href = "/grading?session=" + w.sessionId();
            add(todos, new Todo("home.todo.grader.mark", w.sessionTitle(), w.toMark(), href, null));
            add(todos, new Todo("home.todo.grader.arbitrate", w.sessionTitle(), w.toArbitrate(), href, null));
        }
        return todos;
    }

    private List<Todo> officer() {
        List<Todo> todos = new ArrayList<>();
        List<Results.ReleaseWaiting> waiting = results.waitingForRelease();
        keyWarnings
                .among(waiting)
                .forEach(w -> todos.add(new Todo(
                        "home.todo.officer.keys",
                        w.title(),
                        w.suspects().size(),
                        "/results/sessions/" + w.sessionId() + "/errata",
                        null)));
        waiting.forEach(r -> todos.add(new Todo(
                "home.todo.officer.release", r.title(), r.scored(), "/results/sessions/" + r.sessionId(), null)));
        batches.running()
                .forEach(b -> todos.add(new Todo(
                        "home.todo.officer.batch",
                        b.sessionTitle() + " · " + b.batch().percent() + "%",
                        null,
                        "/reports/sessions/" + b.batch().sessionId(),
                        null)));
        return todos;
    }

    private List<Todo> assessor(long me) {
        List<Todo> todos = new ArrayList<>();
        add(
                todos,
                Todo.counted(
                        "home.todo.assessor.people",
                        assessments.notYetAssessed(me).size(),
                        "/competency/assess?pending=true"));
        return todos;
    }

    private static void add(List<Todo> todos, Todo todo) {
        if (todo.count() == null || todo.count() > 0) {
            todos.add(todo);
        }
    }
}
