-- Exam sessions (考试场次), enrolment, attempts and answers. The server owns every deadline: an attempt's
-- deadline_at is the one truth the exam page counts down to and the deadline job submits at.

-- Eligibility (申报条件) per level: how long in post, and whether the level below must be held.
CREATE TABLE exam_eligibility_rule (
  level_rank          TINYINT      NOT NULL COMMENT '4 初级 … 1 资深',
  min_years_in_post   DECIMAL(4,1) NOT NULL DEFAULT 0,
  require_level_below BOOLEAN      NOT NULL DEFAULT FALSE,
  require_same_post   BOOLEAN      NOT NULL DEFAULT TRUE,
  updated_by          BIGINT       NULL,
  updated_at          DATETIME(3)  NOT NULL,
  CONSTRAINT pk_exam_eligibility_rule PRIMARY KEY (level_rank)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO exam_eligibility_rule (level_rank, min_years_in_post, require_level_below, require_same_post, updated_at)
VALUES (4, 0, FALSE, TRUE, '2026-01-01 00:00:00'),
       (3, 2, TRUE, TRUE, '2026-01-01 00:00:00'),
       (2, 3, TRUE, TRUE, '2026-01-01 00:00:00'),
       (1, 4, TRUE, TRUE, '2026-01-01 00:00:00');

CREATE TABLE exam_session (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  title                VARCHAR(200) NOT NULL,
  post_id              BIGINT       NOT NULL,
  level_rank           TINYINT      NOT NULL,
  paper_id             BIGINT       NULL COMMENT 'a published fixed paper, or null when forms come from the blueprint',
  blueprint_version_id BIGINT       NULL COMMENT 'one form per candidate, drawn when the session is published',
  status               VARCHAR(16)  NOT NULL COMMENT 'DRAFT, PUBLISHED, CANCELLED',
  opens_at             DATETIME(3)  NOT NULL COMMENT 'first moment an attempt may start',
  closes_at            DATETIME(3)  NOT NULL COMMENT 'no attempt runs past this',
  duration_minutes     INT          NOT NULL,
  late_entry_minutes   INT          NULL COMMENT 'start refused this long after opens_at; null: until closes_at',
  min_minutes_before_handin INT     NOT NULL DEFAULT 0,
  attempts_allowed     INT          NOT NULL DEFAULT 1,
  shuffle_questions    BOOLEAN      NOT NULL DEFAULT FALSE,
  shuffle_options      BOOLEAN      NOT NULL DEFAULT FALSE,
  results_release      VARCHAR(20)  NOT NULL DEFAULT 'MANUAL' COMMENT 'MANUAL: an officer releases; AFTER_CLOSE',
  show_keys_after_release BOOLEAN   NOT NULL DEFAULT FALSE,
  max_focus_losses     INT          NULL COMMENT 'submit the attempt after this many; null: only record',
  instructions         TEXT         NULL COMMENT '考试须知',
  forms_seed           BIGINT       NULL,
  created_by           BIGINT       NOT NULL,
  created_at           DATETIME(3)  NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  CONSTRAINT pk_exam_session PRIMARY KEY (id),
  CONSTRAINT fk_exam_session_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_exam_session_paper FOREIGN KEY (paper_id) REFERENCES paper (id),
  CONSTRAINT fk_exam_session_blueprint FOREIGN KEY (blueprint_version_id) REFERENCES blueprint_version (id),
  CONSTRAINT fk_exam_session_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_session_opens ON exam_session (opens_at);

CREATE TABLE exam_enrolment (
  session_id    BIGINT      NOT NULL,
  candidate_id  BIGINT      NOT NULL,
  paper_id      BIGINT      NULL COMMENT 'the fixed paper or the candidate''s own form',
  extra_minutes INT         NOT NULL DEFAULT 0 COMMENT 'granted before the start; applies to every attempt',
  enrolled_by   BIGINT      NULL,
  enrolled_at   DATETIME(3) NOT NULL,
  CONSTRAINT pk_exam_enrolment PRIMARY KEY (session_id, candidate_id),
  CONSTRAINT fk_exam_enrolment_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
  CONSTRAINT fk_exam_enrolment_candidate FOREIGN KEY (candidate_id) REFERENCES app_user (id),
  CONSTRAINT fk_exam_enrolment_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_enrolment_candidate ON exam_enrolment (candidate_id);

CREATE TABLE exam_attempt (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  session_id     BIGINT       NOT NULL,
  candidate_id   BIGINT       NOT NULL,
  attempt_no     INT          NOT NULL,
  paper_id       BIGINT       NOT NULL,
  status         VARCHAR(16)  NOT NULL COMMENT 'OPEN, SUBMITTED',
  started_at     DATETIME(3)  NOT NULL,
  deadline_at    DATETIME(3)  NOT NULL COMMENT 'the server deadline; extensions move it',
  submitted_at   DATETIME(3)  NULL,
  submit_reason  VARCHAR(16)  NULL COMMENT 'CANDIDATE, TIMEOUT, PROCTOR, FOCUS_LIMIT',
  shuffle_seed   BIGINT       NOT NULL,
  client_id      VARCHAR(40)  NULL COMMENT 'the page instance that last opened the attempt',
  last_seq       BIGINT       NOT NULL DEFAULT 0 COMMENT 'highest save sequence the server has stored',
  last_save_at   DATETIME(3)  NULL,
  last_seen_at   DATETIME(3)  NULL,
  focus_losses   INT          NOT NULL DEFAULT 0,
  CONSTRAINT pk_exam_attempt PRIMARY KEY (id),
  CONSTRAINT uk_exam_attempt UNIQUE (session_id, candidate_id, attempt_no),
  CONSTRAINT fk_exam_attempt_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
  CONSTRAINT fk_exam_attempt_candidate FOREIGN KEY (candidate_id) REFERENCES app_user (id),
  CONSTRAINT fk_exam_attempt_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_attempt_due ON exam_attempt (status, deadline_at);
CREATE INDEX ix_exam_attempt_candidate ON exam_attempt (candidate_id);

-- One row per question the candidate has touched; seq is the attempt-wide save sequence that wrote it, so an
-- older save arriving late never overwrites a newer one.
CREATE TABLE exam_answer (
  attempt_id  BIGINT      NOT NULL,
  position    INT         NOT NULL COMMENT 'paper_item.position, whatever order the candidate saw',
  answer      TEXT        NULL COMMENT 'JSON: a string, an array of strings, or an object of sub-answers',
  flagged     BOOLEAN     NOT NULL DEFAULT FALSE,
  seq         BIGINT      NOT NULL,
  saved_at    DATETIME(3) NOT NULL,
  CONSTRAINT pk_exam_answer PRIMARY KEY (attempt_id, position),
  CONSTRAINT fk_exam_answer_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Integrity events (leaving the page, leaving full screen, paste, a second device) for the proctor.
CREATE TABLE exam_integrity_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  attempt_id  BIGINT       NOT NULL,
  kind        VARCHAR(24)  NOT NULL COMMENT 'FOCUS_LOST, FULLSCREEN_EXIT, PASTE, SECOND_DEVICE',
  detail      VARCHAR(200) NULL,
  occurred_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_exam_integrity_event PRIMARY KEY (id),
  CONSTRAINT fk_exam_integrity_event_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_integrity_event_attempt ON exam_integrity_event (attempt_id, occurred_at);
