-- Key errata (答案勘误) per session and question, and the before/after of every result each one re-scored.

CREATE TABLE exam_erratum (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  session_id      BIGINT        NOT NULL,
  question_id     BIGINT        NOT NULL,
  kind            VARCHAR(24)   NOT NULL COMMENT 'KEY_CORRECTED, VOID_FULL_POINTS, VOID_REMOVED',
  corrected_key   TEXT          NULL COMMENT 'JSON key for KEY_CORRECTED: "B", ["A","C"], true, [["a","b"],["c"]]',
  reason          VARCHAR(1000) NOT NULL,
  created_by      BIGINT        NOT NULL,
  created_at      DATETIME(3)   NOT NULL,
  CONSTRAINT pk_exam_erratum PRIMARY KEY (id),
  CONSTRAINT fk_exam_erratum_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
  CONSTRAINT fk_exam_erratum_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_erratum_session ON exam_erratum (session_id, question_id);

CREATE TABLE exam_erratum_change (
  erratum_id      BIGINT        NOT NULL,
  attempt_id      BIGINT        NOT NULL,
  before_earned   DECIMAL(8,2)  NULL,
  after_earned    DECIMAL(8,2)  NULL,
  before_score    DECIMAL(4,1)  NULL,
  after_score     DECIMAL(4,1)  NULL,
  before_passed   BOOLEAN       NULL,
  after_passed    BOOLEAN       NULL,
  was_released    BOOLEAN       NOT NULL,
  CONSTRAINT pk_exam_erratum_change PRIMARY KEY (erratum_id, attempt_id),
  CONSTRAINT fk_exam_erratum_change_erratum FOREIGN KEY (erratum_id) REFERENCES exam_erratum (id),
  CONSTRAINT fk_exam_erratum_change_result FOREIGN KEY (attempt_id) REFERENCES exam_result (attempt_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_erratum_change_attempt ON exam_erratum_change (attempt_id);
