package org.jianding.app.shell;

import java.util.List;
import java.util.Set;
import org.jianding.app.accounts.Role;
import org.springframework.stereotype.Component;

/**
 * The menu of the application. Each module adds its entries here when it ships; a user sees only the entries of
 * their roles (the handlers check the roles again: hiding a link is convenience, not security).
 */
@Component
class Navigation {

    private static final List<NavItem> ITEMS = List.of(
            new NavItem("nav.home", "/", Set.of(Role.values())),
            new NavItem("nav.exam", "/exam", Set.of(Role.CANDIDATE)),
            new NavItem("nav.my.results", "/my/results", Set.of(Role.CANDIDATE)),
            new NavItem("nav.my.reports", "/my/reports", Set.of(Role.CANDIDATE)),
            new NavItem("nav.competency.my", "/my/competency", Set.of(Role.CANDIDATE)),
            new NavItem("nav.competency.assess", "/competency/assess", Set.of(Role.ASSESSOR)),
            new NavItem("nav.bank.questions", "/bank/questions", Set.of(Role.AUTHOR, Role.EXAM_ADMIN)),
            new NavItem("nav.bank.knowledge", "/bank/knowledge", Set.of(Role.AUTHOR, Role.EXAM_ADMIN)),
            new NavItem("nav.blueprints", "/blueprints", Set.of(Role.EXAM_ADMIN, Role.AUTHOR)),
            new NavItem("nav.papers", "/papers", Set.of(Role.EXAM_ADMIN)),
            new NavItem("nav.exams", "/exams", Set.of(Role.EXAM_ADMIN)),
            new NavItem("nav.results", "/results", Set.of(Role.OFFICER, Role.EXAM_ADMIN)),
            new NavItem("nav.results.rules", "/results/rules", Set.of(Role.OFFICER)),
            new NavItem("nav.reports.validity", "/reports/validity", Set.of(Role.OFFICER)),
            new NavItem("nav.statistics", "/statistics", Set.of(Role.OFFICER)),
            new NavItem("nav.calibrations", "/statistics/calibrations", Set.of(Role.OFFICER, Role.ADMIN)),
            new NavItem("nav.grading", "/grading", Set.of(Role.GRADER)),
            new NavItem("nav.gradingProgress", "/grading/overview", Set.of(Role.OFFICER, Role.EXAM_ADMIN)),
            new NavItem("nav.competency.units", "/competency/units", Set.of(Role.EXAM_ADMIN, Role.OFFICER)),
            new NavItem("nav.admin.users", "/admin/users", Set.of(Role.ADMIN)),
            new NavItem("nav.admin.orgUnits", "/admin/org-units", Set.of(Role.ADMIN)),
            new NavItem("nav.admin.audit", "/admin/audit", Set.of(Role.ADMIN)),
            new NavItem("nav.admin.competency", "/admin/competency", Set.of(Role.ADMIN)),
            new NavItem("nav.api", "/swagger-ui/index.html", Set.of(Role.ADMIN)));

    List<NavItem> itemsFor(Set<Role> roles) {
        return ITEMS.stream().filter(i -> i.visibleTo(roles)).toList();
    }
}
