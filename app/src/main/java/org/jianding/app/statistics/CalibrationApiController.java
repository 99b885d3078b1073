package org.jianding.app.statistics;

import java.security.Principal;
import java.util.List;
import org.jianding.bank.irt.IrtModel;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rasch / 2PL calibrations over JSON, for certification officers and administrators only (exam administrators,
 * graders, authors and candidates get 403). {@code POST} runs a calibration over the scored attempts of the sessions
 * given and keeps it (201, with each attempt's EAP ability, which is not kept); 400 with a problem detail when it
 * cannot be run (too few attempts, no session, anchors not on the form, …); an unknown session or anchor calibration
 * 404. {@code GET} lists the kept calibrations or gives one with its item parameters.
 */
@RestController
@RequestMapping("/api/statistics/calibrations")
@PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
class CalibrationApiController {

    record RunRequest(String title, IrtModel model, List<Long> sessionIds, Long anchorCalibrationId) {}

    record RunDto(Calibration calibration, List<Calibrations.Ability> abilities) {}

    private final Calibrations calibrations;

    CalibrationApiController(Calibrations calibrations) {
        this.calibrations = calibrations;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    RunDto run(@RequestBody RunRequest request, Principal officer) {
        Calibrations.Run run = calibrations.run(
                new Calibrations.Request(
                        request.title(), request.model(), request.sessionIds(), request.anchorCalibrationId()),
                officer.getName());
        return new RunDto(run.calibration(), run.abilities());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    List<Calibration> list() {
        return calibrations.list();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('OFFICER','ADMIN')")
    Calibration get(@PathVariable long id) {
        return calibrations.get(id);
    }
}
