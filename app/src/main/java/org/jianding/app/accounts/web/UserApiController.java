package org.jianding.app.accounts.web;

import java.time.Instant;
import java.util.List;
import org.jianding.app.accounts.Accounts;
import org.jianding.app.accounts.CurrentUser;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.app.accounts.UserQuery;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** User administration over JSON. Administrators only. */
@RestController
@RequestMapping("/api/users")
@PreAuthorize("hasRole('ADMIN')")
class UserApiController {

    /** A user as the API shows it. */
    record UserDto(
            long id,
            String employeeNo,
            String displayName,
            String orgUnit,
            String post,
            String level,
            List<Role> roles,
            boolean enabled,
            boolean mustChangePassword,
            Instant lockedUntil) {

        static UserDto of(UserAccount u) {
            return new UserDto(
                    u.id(),
                    u.employeeNo(),
                    u.displayName(),
                    u.orgUnit() == null ? null : u.orgUnit().code(),
                    u.post() == null ? null : u.post().name(),
                    u.level() == null ? null : u.level().name(),
                    List.copyOf(u.roles()),
                    u.enabled(),
                    u.mustChangePassword(),
                    u.lockedUntil());
        }
    }

    record PageDto(List<UserDto> users, long total, int page, int size) {}

    /** A created user or a reset password: the one-time password is in this response only. */
    record PasswordDto(UserDto user, String temporaryPassword) {}

    record EnabledDto(boolean enabled) {}

    private final Accounts accounts;
    private final CurrentUser currentUser;

    UserApiController(Accounts accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @GetMapping
    PageDto search(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Long unit,
            @RequestParam(required = false) Role role,
            @RequestParam(required = false) Boolean enabled,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        var result = accounts.search(new UserQuery(q, unit, role, enabled, page, size));
        return new PageDto(
                result.users().stream().map(UserDto::of).toList(), result.total(), result.page(), result.size());
    }

    @GetMapping("/{id}")
    UserDto get(@PathVariable long id) {
        return UserDto.of(accounts.get(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PasswordDto create(@RequestBody UserDraft draft) {
        var created = accounts.create(draft, null);
        return new PasswordDto(UserDto.of(created.user()), created.temporaryPassword());
    }

    @PutMapping("/{id}")
    UserDto update(@PathVariable long id, @RequestBody UserDraft draft) {
        return UserDto.of(accounts.update(id, draft));
    }

    @PutMapping("/{id}/enabled")
    UserDto setEnabled(@PathVariable long id, @RequestBody EnabledDto body) {
        return UserDto.of(
                accounts.setEnabled(id, body.enabled(), currentUser.get().employeeNo()));
    }

    /** Lifts the user's lock-out at once. */
    @PostMapping("/{id}/unlock")
    UserDto unlock(@PathVariable long id) {
        return UserDto.of(accounts.unlock(id));
    }

    /** Ends every session of the user at once; their next call with one gets 401. */
    @PostMapping("/{id}/sessions/end")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endSessions(@PathVariable long id) {
        accounts.endSessions(id);
    }

    @PostMapping("/{id}/password-reset")
    PasswordDto resetPassword(@PathVariable long id) {
        var reset = accounts.resetPassword(id);
        return new PasswordDto(UserDto.of(reset.user()), reset.temporaryPassword());
    }
}
