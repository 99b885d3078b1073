package org.jianding.app.accounts.web;

import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.OrgUnit;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organisation units over JSON. Administrators only. */
@RestController
@RequestMapping("/api/org-units")
@PreAuthorize("hasRole('ADMIN')")
class OrgUnitApiController {

    record NewOrgUnit(String code, String name, Long parentId) {}

    private final Accounts accounts;

    OrgUnitApiController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<OrgUnit> list() {
        return accounts.orgUnits();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    OrgUnit add(@RequestBody NewOrgUnit unit) {
        return accounts.createOrgUnit(unit.code(), unit.name(), unit.parentId());
    }
}
