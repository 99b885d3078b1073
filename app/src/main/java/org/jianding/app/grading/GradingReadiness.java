package org.jianding.app.grading;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.ExamSession;
import org.jianding.app.exams.SessionReadiness;
import org.jianding.app.shared.Words;
import org.jianding.bank.item.QuestionType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The grading step of a session as its page and its publish confirmation show it: which sections are marked by hand
 * and by whom; a warning while nobody can mark them, saying whether publishing will bring in the organising unit's
 * graders.
 */
@Component
class GradingReadiness implements SessionReadiness {

    private final GradingPlans plans;

    private final MessageSource messages;

    GradingReadiness(GradingPlans plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @Override
    public List<Note> notes(ExamSession session, Locale locale) {
        Words w = new Words(messages, locale);
        List<QuestionType> manual = plans.manualSections(session);
        if (manual.isEmpty()) {
            return List.of(new Note("grading.readiness.auto", List.of(), false, null));
        }
        String sections = manual.stream()
                .map(t -> w.chinese() ? t.chineseName() : w.get("questionType." + t.name()))
                .collect(Collectors.joining(w.listSeparator()));
        String setup = "/grading/sessions/" + session.id() + "/setup";
        List<UserAccount> markers = plans.markers(session.id());
        if (!markers.isEmpty()) {
            return List.of(new Note(
                    plans.plan(session.id()).doubleMarking()
                            ? "grading.readiness.markersDouble"
                            : "grading.readiness.markers",
                    List.of(sections, markers.size(), names(markers, w)),
                    false,
                    setup));
        }
        List<UserAccount> defaults = plans.defaultGraders(session);
        if (session.status() == org.jianding.app.exams.SessionStatus.DRAFT && !defaults.isEmpty()) {
            return List.of(new Note(
                    "grading.readiness.default", List.of(sections, defaults.size(), names(defaults, w)), false, setup));
        }
        return List.of(new Note("grading.readiness.none", List.of(sections), true, setup));
    }

    private static String names(List<UserAccount> people, Words w) {
        String shown =
                people.stream().limit(5).map(UserAccount::displayName).collect(Collectors.joining(w.listSeparator()));
        return people.size() > 5 ? shown + w.get("grading.readiness.andMore") : shown;
    }
}
