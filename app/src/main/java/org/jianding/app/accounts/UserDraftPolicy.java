package org.jianding.app.accounts;

import java.util.List;
import java.util.regex.Pattern;
import org.jianding.app.shared.DomainException;

/** What makes a user record acceptable: a well-formed 工号, a name, known unit and post, at least one role. */
final class UserDraftPolicy {

    static final Pattern EMPLOYEE_NO = Pattern.compile("[A-Za-z0-9_-]{2,32}");

    private UserDraftPolicy() {}

    static UserDraft check(UserDraft draft, List<OrgUnit> units, List<Post> posts) {
        String employeeNo = draft.employeeNo() == null ? "" : draft.employeeNo().strip();
        String name = draft.displayName() == null ? "" : draft.displayName().strip();
        if (!EMPLOYEE_NO.matcher(employeeNo).matches()) {
            throw DomainException.badRequest("user.employeeNo.invalid");
        }
        if (name.isEmpty() || name.length() > 64) {
            throw DomainException.badRequest("user.name.invalid");
        }
        if (draft.orgUnitId() != null && units.stream().noneMatch(u -> u.id() == draft.orgUnitId())) {
            throw DomainException.badRequest("user.orgUnit.unknown");
        }
        if (draft.postId() != null && posts.stream().noneMatch(p -> p.id() == draft.postId())) {
            throw DomainException.badRequest("user.post.unknown");
        }
        if (draft.roles().isEmpty()) {
            throw DomainException.badRequest("user.roles.empty");
        }
        return new UserDraft(
                employeeNo, name, draft.orgUnitId(), draft.postId(), draft.level(), draft.inPostSince(), draft.roles());
    }
}
