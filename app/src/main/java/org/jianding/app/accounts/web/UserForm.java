package org.jianding.app.accounts.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.jianding.app.accounts.Role;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.accounts.UserDraft;
import org.jianding.bank.Level;
import org.springframework.format.annotation.DateTimeFormat;

/** The create/edit user form, bound by Spring MVC. */
public class UserForm {

    private String employeeNo;
    private String displayName;
    private Long orgUnitId;
    private Long postId;
    private Level level;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inPostSince;

    private List<Role> roles = List.of(Role.CANDIDATE);
    private String initialPassword;

    static UserForm of(UserAccount user) {
        UserForm form = new UserForm();
        form.employeeNo = user.employeeNo();
        form.displayName = user.displayName();
        form.orgUnitId = user.orgUnit() == null ? null : user.orgUnit().id();
        form.postId = user.post() == null ? null : user.post().id();
        form.level = user.level();
        form.inPostSince = user.inPostSince();
        form.roles = List.copyOf(user.roles());
        return form;
    }

    UserDraft toDraft() {
        return new UserDraft(
                employeeNo,
                displayName,
                orgUnitId,
                postId,
                level,
                inPostSince,
                roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public String getEmployeeNo() {
        return employeeNo;
    }

    public void setEmployeeNo(String employeeNo) {
        this.employeeNo = employeeNo;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public void setOrgUnitId(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public Long getPostId() {
        return postId;
    }

    public void setPostId(Long postId) {
        this.postId = postId;
    }

    public Level getLevel() {
        return level;
    }

    public void setLevel(Level level) {
        this.level = level;
    }

    public LocalDate getInPostSince() {
        return inPostSince;
    }

    public void setInPostSince(LocalDate inPostSince) {
        this.inPostSince = inPostSince;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
