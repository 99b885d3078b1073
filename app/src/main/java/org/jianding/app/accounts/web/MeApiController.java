package org.jianding.app.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account over JSON. Any logged-in user, about themselves only. */
@RestController
@RequestMapping("/api/me")
@PreAuthorize("isAuthenticated()")
class MeApiController {

    record MeDto(
            String employeeNo,
            String displayName,
            String orgUnit,
            String post,
            String level,
            List<Role> roles,
            boolean mustChangePassword) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    private final Accounts accounts;
    private final CurrentUser currentUser;

    MeApiController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping
    MeDto me() {
        var user = accounts.findByEmployeeNo(currentUser.get().employeeNo()).orElseThrow();
        return new MeDto(
                user.employeeNo(),
                user.displayName(),
                user.orgUnit() == null ? null : user.orgUnit().name(),
                user.post() == null ? null : user.post().name(),
                user.level() == null ? null : user.level().label(),
                List.copyOf(user.roles()),
                user.mustChangePassword());
    }

    @PostMapping("/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change, HttpServletRequest request, HttpServletResponse response) {
        int version = accounts.changePassword(
                currentUser.get().employeeNo(),
                change.currentPassword(),
                change.newPassword(),
                currentUser.sessionId(request));
        currentUser.passwordChanged(request, response, version);
    }
}
