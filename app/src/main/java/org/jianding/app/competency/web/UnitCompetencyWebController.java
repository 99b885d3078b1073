package org.jianding.app.competency.web;

import org.jianding.app.competency.UnitOverviews;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit view for HR and officers: pick a unit, see its people (with sub-units) on one item against their
 * standard and the distribution of levels per item.
 */
@Controller
@PreAuthorize("hasAnyRole('EXAM_ADMIN', 'OFFICER')")
class UnitCompetencyWebController {

    private final UnitOverviews overviews;

    UnitCompetencyWebController(UnitOverviews overviews) {
        this.overviews = overviews;
    }

    @GetMapping("/competency/units")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'OFFICER')")
    String units(Model model) {
        model.addAttribute("units", overviews.units());
        return "competency/units";
    }

    @GetMapping("/competency/units/{unitId}")
    @PreAuthorize("hasAnyRole('EXAM_ADMIN', 'OFFICER')")
    String unit(@PathVariable long unitId, @RequestParam(required = false) String item, Model model) {
        model.addAttribute("overview", overviews.of(unitId, item));
        model.addAttribute("units", overviews.units());
        model.addAttribute("items", overviews.items());
        model.addAttribute("levels", new org.jianding.bank.Level[] {
            org.jianding.bank.Level.EXPERT,
            org.jianding.bank.Level.SENIOR,
            org.jianding.bank.Level.INTERMEDIATE,
            org.jianding.bank.Level.JUNIOR
        });
        return "competency/unit";
    }
}
