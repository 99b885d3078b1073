package org.jianding.app.exams.load;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jianding.app.accounts.UserAccount;
import org.jianding.app.exams.DeliveryFixture;
import org.jianding.app.exams.ExamSession;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Makes N candidates and one published session for them, fast: the users go in with multi-row INSERTs that all
 * carry one bcrypt hash (cost 10, as the application's encoder), computed once, instead of N hashes through the
 * account service; enrolment is one INSERT … SELECT. The paper and the session go through the real services.
 */
final class LoadPreparation {

    record Prepared(long sessionId, long paperId, List<String> employeeNos, ExamSession session) {}

    private LoadPreparation() {}

    static Prepared prepare(
            ApplicationContext context, String prefix, int n, String password, Instant opensAt, int durationMinutes) {
        DeliveryFixture fixture = new DeliveryFixture(context);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        UserAccount like = fixture.user("cand01");
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(10).encode(password);
        Timestamp now = Timestamp.from(Instant.now());
        List<String> names = new ArrayList<>();
        for (int from = 1; from <= n; from += 500) {
            StringBuilder users = new StringBuilder(
                    "insert into app_user (employee_no, display_name, org_unit_id, post_id, level_rank, in_post_since,"
                            + " password_hash, created_at, updated_at) values ");
            List<Object> args = new ArrayList<>();
            for (int i = from; i < Math.min(n + 1, from + 500); i++) {
                String no = prefix + String.format("%05d", i);
                names.add(no);
                users.append(i == from ? "" : ",").append("(?,?,?,?,?,?,?,?,?)");
                args.add(no);
                args.add("压测考生" + i);
                args.add(like.orgUnit().id());
                args.add(like.post().id());
                args.add(like.level().rank());
                args.add(java.sql.Date.valueOf(
                        like.inPostSince() == null ? LocalDate.of(2020, 1, 1) : like.inPostSince()));
                args.add(hash);
                args.add(now);
                args.add(now);
            }
            jdbc.update(users.toString(), args.toArray());
        }
        jdbc.update(
                "insert into user_role (user_id, role) select id, 'CANDIDATE' from app_user where employee_no like ?",
                prefix + "%");
        long paperId = fixture.publishedPaper(like.post().id(), like.level(), 777L);
        ExamSession draft = fixture.draft(
                "压测 " + prefix,
                like.post().id(),
                like.level(),
                paperId,
                opensAt,
                opensAt.plusSeconds(60L * (durationMinutes + 5)),
                durationMinutes);
        jdbc.update(
                "insert into exam_enrolment (session_id, candidate_id, paper_id, extra_minutes, enrolled_at)"
                        + " select ?, id, ?, 0, ? from app_user where employee_no like ?",
                draft.id(),
                paperId,
                now,
                prefix + "%");
        ExamSession published = fixture.publish(draft.id());
        return new Prepared(published.id(), paperId, names, published);
    }
}
