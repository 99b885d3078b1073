package org.jianding.app.statistics;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.XlsxDownloads;
import org.jianding.bank.irt.IrtModel;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 项目参数校准 (IRT): the kept calibrations and a form to run one over sessions' scored attempts, optionally anchored
 * to an earlier calibration; a calibration's page shows the item parameters with standard errors and the fit, and
 * downloads them as .xlsx. Certification officers and administrators only. Values are rounded on the pages only.
 */
@Controller
@RequestMapping("/statistics/calibrations")
@PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
class CalibrationWebController {

    private final Calibrations calibrations;
    private final MessageSource messages;

    CalibrationWebController(Calibrations calibrations, MessageSource messages) {
        this.calibrations = calibrations;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    String list(Model model) {
        model.addAttribute("calibrations", calibrations.list());
        return "statistics/calibrations";
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    String run(
            @RequestParam(required = false) String title,
            @RequestParam(defaultValue = "TWO_PL") IrtModel model,
            @RequestParam(defaultValue = "") String sessionIds,
            @RequestParam(required = false) Long anchorCalibrationId,
            Principal officer,
            Model page) {
        List<Long> sessions = new ArrayList<>();
        try {
            for (String part : sessionIds.split("[,，\\s]+")) {
                if (!part.isBlank()) {
                    sessions.add(Long.parseLong(part.strip()));
                }
            }
            long id = calibrations
                    .run(new Calibrations.Request(title, model, sessions, anchorCalibrationId), officer.getName())
                    .calibration()
                    .id();
            return "redirect:/statistics/calibrations/" + id;
        } catch (NumberFormatException e) {
            page.addAttribute("errorCode", "calibration.sessions.invalid");
        } catch (DomainException e) {
            page.addAttribute("error", e);
        }
        page.addAttribute("calibrations", calibrations.list());
        page.addAttribute("sessionIds", sessionIds);
        page.addAttribute("title", title);
        return "statistics/calibrations";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("calibration", calibrations.get(id));
        return "statistics/calibration";
    }

    @GetMapping("/{id}/parameters.xlsx")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) {
        byte[] xlsx = CalibrationWorkbook.of(calibrations.get(id), code -> messages.getMessage(code, null, locale));
        return XlsxDownloads.attachment(
                messages.getMessage("calibration.download.name", new Object[] {id}, locale), xlsx);
    }
}
