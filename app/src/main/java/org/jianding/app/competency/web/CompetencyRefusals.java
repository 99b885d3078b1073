package org.jianding.app.competency.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jianding.app.shared.DomainException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Shows a refusal of the competency pages (someone outside the assessor's scope, oneself, a record one may not
 * read, an unknown unit) with its own message and status, rather than the generic error page.
 */
@ControllerAdvice(
        assignableTypes = {
            AssessmentWebController.class,
            CompetencyModelWebController.class,
            CompetencyRecordWebController.class,
            UnitCompetencyWebController.class
        })
class CompetencyRefusals {

    @ExceptionHandler(DomainException.class)
    String refused(DomainException e, Model model, HttpServletResponse response) {
        response.setStatus(e.getStatusCode().value());
        model.addAttribute("status", e.getStatusCode().value());
        model.addAttribute("error", e);
        return "competency/refused";
    }
}
