-- Scoring rules (weights per knowledge area, pass mark, 多选 credit) per post × level, versioned; and one result
-- per submitted attempt with everything needed to show and re-compute its standard score.

CREATE TABLE scoring_rule (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  post_id         BIGINT        NOT NULL,
  level_rank      TINYINT       NOT NULL,
  version_no      INT           NOT NULL,
  area_depth      INT           NOT NULL DEFAULT 1 COMMENT 'depth in the knowledge tree the areas are taken at (1: G, P, J, S)',
  weights         TEXT          NOT NULL COMMENT 'JSON object: area code -> weight; the weights sum to 1',
  pass_mark       DECIMAL(5,2)  NOT NULL,
  choice_credit   VARCHAR(24)   NOT NULL DEFAULT 'ALL_OR_NOTHING' COMMENT 'ALL_OR_NOTHING, SUBSET_FRACTION, SUBSET_PROPORTIONAL',
  choice_fraction DECIMAL(4,3)  NULL,
  note            VARCHAR(500)  NULL,
  created_by      BIGINT        NULL COMMENT 'null when derived from a blueprint by the system',
  created_at      DATETIME(3)   NOT NULL,
  CONSTRAINT pk_scoring_rule PRIMARY KEY (id),
  CONSTRAINT uk_scoring_rule UNIQUE (post_id, level_rank, version_no),
  CONSTRAINT fk_scoring_rule_post FOREIGN KEY (post_id) REFERENCES post (id),
  CONSTRAINT fk_scoring_rule_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE exam_result (
  attempt_id      BIGINT        NOT NULL,
  session_id      BIGINT        NOT NULL,
  candidate_id    BIGINT        NOT NULL,
  paper_id        BIGINT        NOT NULL,
  scoring_rule_id BIGINT        NOT NULL,
  status          VARCHAR(16)   NOT NULL COMMENT 'GRADING (a grader still has parts to score), SCORED',
  max_points      DECIMAL(8,2)  NOT NULL,
  earned_points   DECIMAL(8,2)  NULL,
  standard_score  DECIMAL(4,1)  NULL,
  passed          BOOLEAN       NULL,
  items           MEDIUMTEXT    NOT NULL COMMENT 'JSON: the mark of every item and part, with how it was marked',
  areas           TEXT          NULL COMMENT 'JSON: the derivation per area once scored',
  notes           TEXT          NULL,
  revision        INT           NOT NULL DEFAULT 1,
  computed_at     DATETIME(3)   NOT NULL,
  released_at     DATETIME(3)   NULL,
  changed_after_release BOOLEAN NOT NULL DEFAULT FALSE,
  CONSTRAINT pk_exam_result PRIMARY KEY (attempt_id),
  CONSTRAINT fk_exam_result_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
  CONSTRAINT fk_exam_result_rule FOREIGN KEY (scoring_rule_id) REFERENCES scoring_rule (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_exam_result_session ON exam_result (session_id, status);
CREATE INDEX ix_exam_result_candidate ON exam_result (candidate_id);
