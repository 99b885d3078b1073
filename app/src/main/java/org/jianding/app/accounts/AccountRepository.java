package org.jianding.app.accounts;

import static org.jianding.app.accounts.db.Tables.APP_USER;
import static org.jianding.app.accounts.db.Tables.ORG_UNIT;
import static org.jianding.app.accounts.db.Tables.POST;
import static org.jianding.app.accounts.db.Tables.USER_ROLE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jianding.app.accounts.db.tables.records.AppUserRecord;
import org.jianding.bank.Level;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** The accounts tables, through jOOQ. Returns records of ours; the password hash leaves only as {@link Credentials}. */
@Repository
class AccountRepository {

    /** What login needs: the account, its password hash, and its failed attempts so far. */
    record Credentials(UserAccount account, String passwordHash, int accessVersion) {}

    private static final int FIND_CHUNK = 1_000;

    private final DSLContext db;

    AccountRepository(DSLContext db) {
        this.db = db;
    }

    Optional<Credentials> credentials(String employeeNo) {
        return db.select()
                .from(APP_USER)
                .leftJoin(ORG_UNIT)
                .on(ORG_UNIT.ID.eq(APP_USER.ORG_UNIT_ID))
                .leftJoin(POST)
                .on(POST.ID.eq(APP_USER.POST_ID))
                .where(APP_USER.EMPLOYEE_NO.eq(employeeNo))
                .fetchOptional()
                .map(r -> new Credentials(
                        toAccount(r, roles(List.of(r.get(APP_USER.ID))).getOrDefault(r.get(APP_USER.ID), Set.of())),
                        r.get(APP_USER.PASSWORD_HASH),
                        r.get(APP_USER.ACCESS_VERSION)));
    }

    /** The access version of an enabled user, or empty when the user is gone or disabled. */
    Optional<Integer> accessVersionIfEnabled(long id) {
        return db.select(APP_USER.ACCESS_VERSION)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id), APP_USER.ENABLED.isTrue())
                .fetchOptional(APP_USER.ACCESS_VERSION);
    }

    /** Invalidates every session granted under the user's current access; returns the new version. */
    int revokeAccess(long id) {
        db.update(APP_USER)
                .set(APP_USER.ACCESS_VERSION, APP_USER.ACCESS_VERSION.plus(1))
                .where(APP_USER.ID.eq(id))
                .execute();
        return db.select(APP_USER.ACCESS_VERSION)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchSingle(APP_USER.ACCESS_VERSION);
    }

    Optional<UserAccount> find(long id) {
        return fetch(APP_USER.ID.eq(id), 0, 1).stream().findFirst();
    }

    /** Users by id, in chunks so that the IN list stays small; unknown ids are left out. */
    Map<Long, UserAccount> findAll(Collection<Long> ids) {
        Map<Long, UserAccount> found = new HashMap<>();
        List<Long> all = ids.stream().distinct().toList();
        for (int from = 0; from < all.size(); from += FIND_CHUNK) {
            List<Long> chunk = all.subList(from, Math.min(all.size(), from + FIND_CHUNK));
            fetch(APP_USER.ID.in(chunk), 0, chunk.size()).forEach(u -> found.put(u.id(), u));
        }
        return found;
    }

    Optional<UserAccount> findByEmployeeNo(String employeeNo) {
        return fetch(APP_USER.EMPLOYEE_NO.eq(employeeNo), 0, 1).stream().findFirst();
    }

    /** Display names by 工号 (as stored) for those of these 工号 that exist. */
    java.util.Map<String, String> displayNamesByEmployeeNo(Collection<String> employeeNos) {
        if (employeeNos.isEmpty()) {
            return java.util.Map.of();
        }
        return db.select(APP_USER.EMPLOYEE_NO, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.EMPLOYEE_NO.in(employeeNos))
                .fetchMap(APP_USER.EMPLOYEE_NO, APP_USER.DISPLAY_NAME);
    }

    boolean employeeNoTaken(String employeeNo) {
        return db.fetchExists(APP_USER, APP_USER.EMPLOYEE_NO.eq(employeeNo));
    }

    /** Which of these 工号 exist, compared case-insensitively as the database's collation does; lower case. */
    Set<String> takenEmployeeNos(Collection<String> employeeNos) {
        List<String> wanted = employeeNos.stream()
                .map(n -> n.toLowerCase(Locale.ROOT))
                .distinct()
                .toList();
        Set<String> taken = new HashSet<>();
        for (int from = 0; from < wanted.size(); from += 1000) {
            List<String> chunk = wanted.subList(from, Math.min(from + 1000, wanted.size()));
            db.select(APP_USER.EMPLOYEE_NO)
                    .from(APP_USER)
                    .where(DSL.lower(APP_USER.EMPLOYEE_NO).in(chunk))
                    .forEach(r -> taken.add(r.value1().toLowerCase(Locale.ROOT)));
        }
        return taken;
    }

    UserPage search(UserQuery query) {
        Condition where = DSL.noCondition();
        if (query.text() != null && !query.text().isBlank()) {
            String like = "%" + escapeLike(query.text().strip()) + "%";
            where = where.and(APP_USER.EMPLOYEE_NO.like(like, '!').or(APP_USER.DISPLAY_NAME.like(like, '!')));
        }
        if (query.orgUnitId() != null) {
            where = where.and(APP_USER.ORG_UNIT_ID.eq(query.orgUnitId()));
        }
        if (query.enabled() != null) {
            where = where.and(APP_USER.ENABLED.eq(query.enabled()));
        }
        if (query.role() != null) {
            where = where.and(DSL.exists(DSL.selectOne()
                    .from(USER_ROLE)
                    .where(
                            USER_ROLE.USER_ID.eq(APP_USER.ID),
                            USER_ROLE.ROLE.eq(query.role().name()))));
        }
        long total = db.fetchCount(APP_USER, where);
        return new UserPage(fetch(where, query.offset(), query.size()), total, query.page(), query.size());
    }

    long insert(UserDraft draft, String passwordHash, boolean mustChangePassword, Instant now) {
        AppUserRecord row = db.newRecord(APP_USER);
        copy(draft, row);
        row.setPasswordHash(passwordHash);
        row.setMustChangePassword(mustChangePassword);
        row.setEnabled(true);
        row.setFailedLogins(0);
        row.setCreatedAt(now);
        row.setUpdatedAt(now);
        row.store();
        replaceRoles(row.getId(), draft.roles());
        return row.getId();
    }

    void update(long id, UserDraft draft, Instant now) {
        AppUserRecord row = db.fetchSingle(APP_USER, APP_USER.ID.eq(id));
        copy(draft, row);
        row.setUpdatedAt(now);
        row.store();
        replaceRoles(id, draft.roles());
    }

    void setEnabled(long id, boolean enabled, Instant now) {
        db.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.LOCK_COUNT, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    void setPassword(long id, String passwordHash, boolean mustChangePassword, Instant now) {
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.MUST_CHANGE_PASSWORD, mustChangePassword)
                .set(APP_USER.PASSWORD_CHANGED_AT, now)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.LOCK_COUNT, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .set(APP_USER.UPDATED_AT, now)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    /**
     * Counts one failed login; on the {@code maxAttempts}-th in a row the account is locked and the count starts
     * again. The lock lasts until {@code lockUntil.get(n)}, n being how many times in a row it was locked before (the
     * last entry for more), which makes the lock-out progressive. One statement, so concurrent failures on several
     * nodes are all counted. The assignments read old values in this order on every database: MySQL and MariaDB
     * evaluate SET left to right with updated values, H2 with old ones, so failed_logins is assigned last and
     * lock_count after locked_until. Returns the end of the lock when this failure locked the account.
     */
    Optional<Instant> recordFailedLogin(String employeeNo, int maxAttempts, List<Instant> lockUntil) {
        var reachesLimit = APP_USER.FAILED_LOGINS.plus(1).ge(maxAttempts);
        org.jooq.CaseConditionStep<Instant> steps = null;
        for (int n = 0; n < lockUntil.size() - 1; n++) {
            var condition = APP_USER.LOCK_COUNT.eq(n);
            var value = DSL.val(lockUntil.get(n), APP_USER.LOCKED_UNTIL);
            steps = steps == null ? DSL.when(condition, value) : steps.when(condition, value);
        }
        var last = DSL.val(lockUntil.get(lockUntil.size() - 1), APP_USER.LOCKED_UNTIL);
        org.jooq.Field<Instant> lockEnd = steps == null ? last : steps.otherwise(last);
        db.update(APP_USER)
                .set(APP_USER.LOCKED_UNTIL, DSL.when(reachesLimit, lockEnd).otherwise(APP_USER.LOCKED_UNTIL))
                .set(
                        APP_USER.LOCK_COUNT,
                        DSL.when(reachesLimit, APP_USER.LOCK_COUNT.plus(1)).otherwise(APP_USER.LOCK_COUNT))
                .set(
                        APP_USER.FAILED_LOGINS,
                        DSL.when(reachesLimit, DSL.inline(0)).otherwise(APP_USER.FAILED_LOGINS.plus(1)))
                .where(APP_USER.EMPLOYEE_NO.eq(employeeNo))
                .execute();
        return db.select(APP_USER.LOCKED_UNTIL)
                .from(APP_USER)
                .where(APP_USER.EMPLOYEE_NO.eq(employeeNo), APP_USER.LOCKED_UNTIL.in(lockUntil))
                .fetchOptional(APP_USER.LOCKED_UNTIL);
    }

    void recordSuccessfulLogin(String employeeNo) {
        db.update(APP_USER)
                .set(APP_USER.FAILED_LOGINS, 0)
                .set(APP_USER.LOCK_COUNT, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(
                        APP_USER.EMPLOYEE_NO.eq(employeeNo),
                        APP_USER.FAILED_LOGINS
                                .gt(0)
                                .or(APP_USER.LOCKED_UNTIL.isNotNull())
                                .or(APP_USER.LOCK_COUNT.gt(0)))
                .execute();
    }

    /** Lifts a lock-out and forgets the failures and earlier locks; false when the user does not exist. */
    boolean unlock(long id, Instant now) {
        return db.update(APP_USER)
                        .set(APP_USER.FAILED_LOGINS, 0)
                        .set(APP_USER.LOCK_COUNT, 0)
                        .setNull(APP_USER.LOCKED_UNTIL)
                        .set(APP_USER.UPDATED_AT, now)
                        .where(APP_USER.ID.eq(id))
                        .execute()
                > 0;
    }

    List<OrgUnit> orgUnits() {
        return db.selectFrom(ORG_UNIT)
                .orderBy(ORG_UNIT.CODE)
                .fetch(r -> new OrgUnit(r.getId(), r.getCode(), r.getName(), r.getParentId()));
    }

    long insertOrgUnit(String code, String name, Long parentId) {
        var row = db.newRecord(ORG_UNIT);
        row.setCode(code);
        row.setName(name);
        row.setParentId(parentId);
        row.store();
        return row.getId();
    }

    /** Ids of the users with {@code role} whose unit is one of {@code unitIds}, by 工号. */
    List<Long> userIdsWithRoleIn(Collection<Long> unitIds, Role role) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return db.select(APP_USER.ID)
                .from(APP_USER)
                .join(USER_ROLE)
                .on(USER_ROLE.USER_ID.eq(APP_USER.ID), USER_ROLE.ROLE.eq(role.name()))
                .where(APP_USER.ORG_UNIT_ID.in(unitIds))
                .orderBy(APP_USER.EMPLOYEE_NO)
                .fetch(APP_USER.ID);
    }

    List<Post> posts() {
        return db.selectFrom(POST)
                .where(POST.ACTIVE.isTrue())
                .orderBy(POST.ID)
                .fetch(r -> new Post(r.getId(), r.getCode(), r.getName()));
    }

    Map<Long, String> displayNames(java.util.Set<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return db.select(APP_USER.ID, APP_USER.DISPLAY_NAME)
                .from(APP_USER)
                .where(APP_USER.ID.in(ids))
                .fetchMap(APP_USER.ID, APP_USER.DISPLAY_NAME);
    }

    long countUsers() {
        return db.fetchCount(APP_USER);
    }

    private List<UserAccount> fetch(Condition where, int offset, int limit) {
        var rows = db.select()
                .from(APP_USER)
                .leftJoin(ORG_UNIT)
                .on(ORG_UNIT.ID.eq(APP_USER.ORG_UNIT_ID))
                .leftJoin(POST)
                .on(POST.ID.eq(APP_USER.POST_ID))
                .where(where)
                .orderBy(APP_USER.EMPLOYEE_NO)
                .limit(limit)
                .offset(offset)
                .fetch();
        Map<Long, Set<Role>> roles = roles(rows.map(r -> r.get(APP_USER.ID)));
        return rows.map(r -> toAccount(r, roles.getOrDefault(r.get(APP_USER.ID), Set.of())));
    }

    private Map<Long, Set<Role>> roles(List<Long> userIds) {
        Map<Long, Set<Role>> roles = new HashMap<>();
        if (userIds.isEmpty()) {
            return roles;
        }
        db.selectFrom(USER_ROLE)
                .where(USER_ROLE.USER_ID.in(userIds))
                .forEach(r -> roles.computeIfAbsent(r.getUserId(), k -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(r.getRole())));
        return roles;
    }

    private void replaceRoles(long userId, Set<Role> roles) {
        db.deleteFrom(USER_ROLE).where(USER_ROLE.USER_ID.eq(userId)).execute();
        List<org.jianding.app.accounts.db.tables.records.UserRoleRecord> rows = new ArrayList<>();
        for (Role role : roles) {
            var row = db.newRecord(USER_ROLE);
            row.setUserId(userId);
            row.setRole(role.name());
            rows.add(row);
        }
        db.batchInsert(rows).execute();
    }

    private static void copy(UserDraft draft, AppUserRecord row) {
        row.setEmployeeNo(draft.employeeNo());
        row.setDisplayName(draft.displayName());
        row.setOrgUnitId(draft.orgUnitId());
        row.setPostId(draft.postId());
        row.setLevelRank(draft.level() == null ? null : (byte) draft.level().rank());
        row.setInPostSince(draft.inPostSince());
    }

    private static UserAccount toAccount(Record r, Set<Role> roles) {
        Long unitId = r.get(ORG_UNIT.ID);
        Long postId = r.get(POST.ID);
        Byte rank = r.get(APP_USER.LEVEL_RANK);
        return new UserAccount(
                r.get(APP_USER.ID),
                r.get(APP_USER.EMPLOYEE_NO),
                r.get(APP_USER.DISPLAY_NAME),
                unitId == null
                        ? null
                        : new OrgUnit(unitId, r.get(ORG_UNIT.CODE), r.get(ORG_UNIT.NAME), r.get(ORG_UNIT.PARENT_ID)),
                postId == null ? null : new Post(postId, r.get(POST.CODE), r.get(POST.NAME)),
                rank == null ? null : Level.ofRank(rank).orElse(null),
                r.get(APP_USER.IN_POST_SINCE),
                roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles),
                r.get(APP_USER.ENABLED),
                r.get(APP_USER.MUST_CHANGE_PASSWORD),
                r.get(APP_USER.LOCKED_UNTIL),
                r.get(APP_USER.CREATED_AT),
                r.get(APP_USER.UPDATED_AT));
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
