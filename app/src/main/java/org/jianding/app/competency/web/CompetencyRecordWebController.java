package org.jianding.app.competency.web;

import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.JiandingUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.competency.Assessments;
import org.jianding.app.competency.CompetencyRecords;
import org.jianding.app.competency.PersonRecord;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The competency record page (能力素质档案): a person's items against their standard as a table and a chart, the
 * history and their certifications. Officers and exam administrators read anyone's, assessors the people in their
 * scope (checked by {@link CompetencyRecords#record}), candidates their own under {@code /my/competency}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class CompetencyRecordWebController {

    private final CompetencyRecords records;
    private final Assessments assessments;
    private final CurrentUser currentUser;
    private final MessageSource messages;

    CompetencyRecordWebController(
            CompetencyRecords records, Assessments assessments, CurrentUser currentUser, MessageSource messages) {
        this.records = records;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @GetMapping("/competency/people/{id}")
    @PreAuthorize("hasAnyRole('OFFICER', 'EXAM_ADMIN', 'ASSESSOR')")
    String person(@PathVariable long id, Model model) {
        JiandingUser me = currentUser.get();
        return show(records.record(id, me.id()), me, false, model);
    }

    @GetMapping("/my/competency")
    @PreAuthorize("hasRole('CANDIDATE')")
    String mine(Model model) {
        JiandingUser me = currentUser.get();
        return show(records.record(me.id(), me.id()), me, true, model);
    }

    private String show(PersonRecord record, JiandingUser me, boolean own, Model model) {
        var locale = LocaleContextHolder.getLocale();
        String svg = RadarChart.svg(
                record.profile(),
                messages.getMessage(
                        "competency.chart.title", new Object[] {record.person().displayName()}, locale),
                messages.getMessage("competency.chart.desc", null, locale),
                messages.getMessage("competency.assessed", null, locale),
                messages.getMessage("competency.standard", null, locale));
        model.addAttribute("record", record);
        model.addAttribute("own", own);
        model.addAttribute("radar", svg);
        model.addAttribute("officer", me.hasRole(Role.OFFICER));
        model.addAttribute(
                "mayAssess",
                !own && me.hasRole(Role.ASSESSOR) && me.id() != record.person().id());
        return "competency/record";
    }
}
