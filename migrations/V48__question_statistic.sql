-- Observed statistics of each question per level and session (issue 18, "statistics feed back"): written when a
-- session's results are released (and again when a released result changes), replacing that session's rows, so
-- recomputation never counts a session twice. Pooled over sessions when read (docs/statistics.md, "Statistics kept
-- per question"). options: one line per option chosen, "label count meanZ" (meanZ empty when undefined).
CREATE TABLE question_statistic (
  question_id     BIGINT        NOT NULL,
  level_rank      TINYINT       NOT NULL COMMENT 'the session level: 4 初级 3 中级 2 高级 1 资深',
  session_id      BIGINT        NOT NULL,
  responses       INT           NOT NULL,
  facility        DOUBLE        NULL COMMENT 'mean mark / maximum, 0-1',
  discrimination  DOUBLE        NULL COMMENT 'discrimination index (rest-score correlation x 100)',
  options         VARCHAR(1000) NULL,
  computed_at     DATETIME(3)   NOT NULL,
  CONSTRAINT pk_question_statistic PRIMARY KEY (question_id, level_rank, session_id),
  CONSTRAINT fk_question_statistic_question FOREIGN KEY (question_id) REFERENCES question (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_question_statistic_session ON question_statistic (session_id);

-- A flagged question sent back to review with its evidence: the figures and reasons the reviewer sees.
CREATE TABLE question_statistic_review (
  id           BIGINT        NOT NULL AUTO_INCREMENT,
  question_id  BIGINT        NOT NULL,
  level_rank   TINYINT       NOT NULL,
  evidence     VARCHAR(4000) NOT NULL COMMENT 'the figures and flags, one per line, as shown to the reviewer',
  note         VARCHAR(500)  NULL,
  sent_by      BIGINT        NOT NULL,
  sent_at      DATETIME(3)   NOT NULL,
  CONSTRAINT pk_question_statistic_review PRIMARY KEY (id),
  CONSTRAINT fk_question_statistic_review_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT fk_question_statistic_review_sender FOREIGN KEY (sent_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_question_statistic_review_question ON question_statistic_review (question_id, sent_at);
