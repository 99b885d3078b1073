package org.jianding.app.accounts;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.audit.AuditLog;
import org.jianding.app.shared.DomainException;
import org.jianding.app.shared.RetriedOnConflict;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Managing users: create, edit, disable, reset and change passwords. Every change is audited in the same
 * transaction. Callers check who may call (the web layer states it per handler).
 */
@Service
@RetriedOnConflict
@Transactional
public class Accounts {

    private final AccountRepository repository;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final UserSessions sessions;
    private final Clock clock;

    Accounts(
            AccountRepository repository,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            AuditLog audit,
            UserSessions sessions,
            Clock clock) {
        this.repository = repository;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UserPage search(UserQuery query) {
        return repository.search(query);
    }

    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        return repository.find(id).orElseThrow(() -> DomainException.notFound("user.notFound", String.valueOf(id)));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmployeeNo(String employeeNo) {
        return repository.findByEmployeeNo(employeeNo);
    }

    /** The given users by id, read in a few queries however many there are (unknown ids are left out). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, UserAccount> getAll(Collection<Long> ids) {
        return repository.findAll(ids);
    }

    /** Display names of the given users, by id (unknown ids are left out). */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Set<Long> ids) {
        return repository.displayNames(ids);
    }

    @Transactional(readOnly = true)
    public List<OrgUnit> orgUnits() {
        return repository.orgUnits();
    }

    /**
     * Ids of the candidates (users with the CANDIDATE role, enabled or not) in this unit, and with {@code
     * includeSubUnits} in every unit below it too.
     */
    @Transactional(readOnly = true)
    public List<Long> candidateIdsInUnit(long unitId, boolean includeSubUnits) {
        List<OrgUnit> units = repository.orgUnits();
        if (units.stream().noneMatch(u -> u.id() == unitId)) {
            throw DomainException.badRequest("user.orgUnit.unknown");
        }
        Set<Long> ids = new java.util.LinkedHashSet<>(List.of(unitId));
        boolean grew = includeSubUnits;
        while (grew) {
            grew = false;
            for (OrgUnit unit : units) {
                if (unit.parentId() != null && ids.contains(unit.parentId()) && ids.add(unit.id())) {
                    grew = true;
                }
            }
        }
        return repository.userIdsWithRoleIn(ids, Role.CANDIDATE);
    }

    @Transactional(readOnly = true)
    public List<Post> posts() {
        return repository.posts();
    }

    /** Which of these 工号 are taken, compared case-insensitively (the database's unique key does); lower case. */
    @Transactional(readOnly = true)
    public Set<String> takenEmployeeNos(Collection<String> employeeNos) {
        return repository.takenEmployeeNos(employeeNos);
    }

    /** Refuses an initial password that the password policy would refuse at {@link #create}, without creating. */
    @Transactional(readOnly = true)
    public void checkInitialPassword(String password, String employeeNo) {
        passwordPolicy.check(password, employeeNo);
    }

    /**
     * Creates a user with a one-time password they must change at first login (or with the given initial password,
     * also to be changed).
     */
    public CreatedUser create(UserDraft draft, String initialPassword) {
        UserDraft valid = UserDraftPolicy.check(draft, repository.orgUnits(), repository.posts());
        if (repository.employeeNoTaken(valid.employeeNo())) {
            throw DomainException.conflict("user.employeeNo.taken", valid.employeeNo());
        }
        String password = initialPassword == null || initialPassword.isBlank()
                ? PasswordGenerator.generate()
                : passwordPolicy.check(initialPassword, valid.employeeNo());
        long id = repository.insert(valid, passwordEncoder.encode(password), true, clock.instant());
        audit.record("user.created", "user", id, describe(valid));
        return new CreatedUser(get(id), password);
    }

    /**
     * Creates a user whose password is already known and need not be changed: for demo data and first-time setup,
     * never for a web form.
     */
    public CreatedUser createWithKnownPassword(UserDraft draft, String password) {
        UserDraft valid = UserDraftPolicy.check(draft, repository.orgUnits(), repository.posts());
        long id = repository.insert(valid, passwordEncoder.encode(password), false, clock.instant());
        audit.record("user.created", "user", id, describe(draft));
        return new CreatedUser(get(id), password);
    }

    /** Adds an organisation unit (分公司/部门); the code is unique. */
    public OrgUnit createOrgUnit(String code, String name, Long parentId) {
        String c = code == null ? "" : code.strip();
        String n = name == null ? "" : name.strip();
        if (!UserDraftPolicy.EMPLOYEE_NO.matcher(c).matches()) {
            throw DomainException.badRequest("orgUnit.code.invalid");
        }
        if (n.isEmpty() || n.length() > 100) {
            throw DomainException.badRequest("orgUnit.name.invalid");
        }
        if (repository.orgUnits().stream().anyMatch(u -> u.code().equalsIgnoreCase(c))) {
            throw DomainException.conflict("orgUnit.code.taken", c);
        }
        if (parentId != null && repository.orgUnits().stream().noneMatch(u -> u.id() == parentId)) {
            throw DomainException.badRequest("user.orgUnit.unknown");
        }
        return insertOrgUnit(c, n, parentId);
    }

    private OrgUnit insertOrgUnit(String code, String name, Long parentId) {
        long id = repository.insertOrgUnit(code, name, parentId);
        audit.record("orgUnit.created", "orgUnit", id, code + " " + name);
        return new OrgUnit(id, code, name, parentId);
    }

    public UserAccount update(long id, UserDraft draft) {
        UserAccount before = get(id);
        UserDraft valid = UserDraftPolicy.check(draft, repository.orgUnits(), repository.posts());
        if (!before.employeeNo().equals(valid.employeeNo()) && repository.employeeNoTaken(valid.employeeNo())) {
            throw DomainException.conflict("user.employeeNo.taken", valid.employeeNo());
        }
        repository.update(id, valid, clock.instant());
        UserAccount after = get(id);
        audit.record("user.updated", "user", id, "修改前：" + describe(before) + "；修改后：" + describe(after));
        if (!before.roles().equals(after.roles()) || !before.employeeNo().equals(after.employeeNo())) {
            revokeAccess(before, null, "角色或工号已修改");
        }
        return after;
    }

    public UserAccount setEnabled(long id, boolean enabled, String actingEmployeeNo) {
        UserAccount user = get(id);
        if (!enabled && user.employeeNo().equals(actingEmployeeNo)) {
            throw DomainException.badRequest("user.disable.self");
        }
        repository.setEnabled(id, enabled, clock.instant());
        audit.record(enabled ? "user.enabled" : "user.disabled", "user", id, user.employeeNo());
        if (!enabled) {
            revokeAccess(user, null, "账号已停用");
        }
        return get(id);
    }

    /** Gives the user a new one-time password; they must change it at the next login. */
    public CreatedUser resetPassword(long id) {
        UserAccount user = get(id);
        String password = PasswordGenerator.generate();
        repository.setPassword(id, passwordEncoder.encode(password), true, clock.instant());
        audit.record("user.passwordReset", "user", id, user.employeeNo());
        revokeAccess(user, null, "密码已重置");
        return new CreatedUser(get(id), password);
    }

    /** Lifts the user's lock-out now and forgets their failed logins and earlier locks. Audited. */
    public UserAccount unlock(long id) {
        UserAccount user = get(id);
        repository.unlock(id, clock.instant());
        audit.record("user.unlocked", "user", id, user.employeeNo());
        return get(id);
    }

    /** Ends every session of the user at once (their next request meets the login page, or 401 from the API). */
    public void endSessions(long id) {
        revokeAccess(get(id), null, "ended by an administrator");
    }

    /** The user changes their own password, proving they know the current one; every session of theirs ends. */
    public int changePassword(String employeeNo, String currentPassword, String newPassword) {
        return changePassword(employeeNo, currentPassword, newPassword, null);
    }

    /**
     * The user changes their own password, proving they know the current one. Their other sessions end; the one
     * named {@code keepSessionId} (the one they changed it in, nullable) stays. Returns the account's new access
     * version, which that session's user must carry from now on.
     */
    public int changePassword(String employeeNo, String currentPassword, String newPassword, String keepSessionId) {
        var credentials = repository
                .credentials(employeeNo)
                .orElseThrow(() -> DomainException.notFound("user.notFound", employeeNo));
        if (!passwordEncoder.matches(currentPassword, credentials.passwordHash())) {
            throw DomainException.badRequest("password.current.wrong");
        }
        if (passwordEncoder.matches(newPassword, credentials.passwordHash())) {
            throw DomainException.badRequest(
                    credentials.account().mustChangePassword() ? "password.temporaryReused" : "password.same");
        }
        passwordPolicy.check(newPassword, employeeNo);
        long id = credentials.account().id();
        repository.setPassword(id, passwordEncoder.encode(newPassword), false, clock.instant());
        audit.record("user.passwordChanged", "user", id, employeeNo);
        return revokeAccess(credentials.account(), keepSessionId, "密码已修改");
    }

    /**
     * Moves the account to a new access version, so every session granted before ends on its next request on any
     * node, and removes the stored sessions once committed (except {@code keepSessionId}). Audited.
     */
    private int revokeAccess(UserAccount user, String keepSessionId, String reason) {
        int version = repository.revokeAccess(user.id());
        sessions.endAfterCommit(user.employeeNo(), keepSessionId);
        audit.record(
                "user.sessionsEnded",
                "user",
                user.id(),
                user.employeeNo() + "：" + reason + (keepSessionId == null ? "" : "；当前登录保留"));
        return version;
    }

    /** The account as a person reads it in the audit log: 工号、姓名、单位、岗位、级别、角色, in Chinese words. */
    String describe(UserDraft d) {
        String unit = d.orgUnitId() == null
                ? "无"
                : repository.orgUnits().stream()
                        .filter(u -> u.id() == d.orgUnitId())
                        .map(OrgUnit::name)
                        .findFirst()
                        .orElse("单位" + d.orgUnitId());
        String post = d.postId() == null
                ? "无"
                : repository.posts().stream()
                        .filter(p -> p.id() == d.postId())
                        .map(Post::name)
                        .findFirst()
                        .orElse("岗位" + d.postId());
        String roles = d.roles().isEmpty()
                ? "无"
                : d.roles().stream().sorted().map(Role::shortName).collect(java.util.stream.Collectors.joining("、"));
        return d.employeeNo() + " " + d.displayName() + "，单位 " + unit + "，岗位 " + post + "，级别 "
                + (d.level() == null ? "无" : d.level().label()) + "，角色 " + roles;
    }

    String describe(UserAccount u) {
        return describe(new UserDraft(
                u.employeeNo(),
                u.displayName(),
                u.orgUnit() == null ? null : u.orgUnit().id(),
                u.post() == null ? null : u.post().id(),
                u.level(),
                u.inPostSince(),
                u.roles()));
    }
}
