-- Manual marking (阅卷) of 简答 and 案例分析: a plan per session (double marking, tolerance, own-unit exclusion),
-- graders assigned per question (question_id 0: every question of the session), and one task per attempt ×
-- paper position × part × round (1 and 2: markers; 3: the arbiter when two marks differ by more than the
-- tolerance). Graders claim open tasks with a conditional update, so no task is handed to two graders.

CREATE TABLE grading_plan (
  session_id        BIGINT        NOT NULL,
  double_marking    BOOLEAN       NOT NULL DEFAULT FALSE,
  tolerance         DECIMAL(6,2)  NOT NULL DEFAULT 0 COMMENT 'rubric points two marks may differ by before an arbiter decides',
  exclude_own_unit  BOOLEAN       NOT NULL DEFAULT FALSE COMMENT 'graders never mark candidates of their own unit or its sub-units',
  label_salt        VARCHAR(64)   NOT NULL COMMENT 'secret key of the anonymous labels of this session',
  updated_by        BIGINT        NULL,
  updated_at        DATETIME(3)   NOT NULL,
  CONSTRAINT pk_grading_plan PRIMARY KEY (session_id),
  CONSTRAINT fk_grading_plan_session FOREIGN KEY (session_id) REFERENCES exam_session (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE grading_assignment (
  session_id   BIGINT       NOT NULL,
  question_id  BIGINT       NOT NULL COMMENT '0: every question of the session',
  grader_id    BIGINT       NOT NULL,
  role         VARCHAR(8)   NOT NULL COMMENT 'MARKER, ARBITER',
  CONSTRAINT pk_grading_assignment PRIMARY KEY (session_id, question_id, grader_id, role),
  CONSTRAINT fk_grading_assignment_session FOREIGN KEY (session_id) REFERENCES exam_session (id),
  CONSTRAINT fk_grading_assignment_grader FOREIGN KEY (grader_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_grading_assignment_grader ON grading_assignment (grader_id, session_id);

CREATE TABLE grading_task (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  session_id         BIGINT        NOT NULL,
  attempt_id         BIGINT        NOT NULL,
  position           INT           NOT NULL COMMENT 'paper position of the item',
  part_no            INT           NOT NULL COMMENT '0: the question itself, else the sub-question of a case',
  round_no           INT           NOT NULL COMMENT '1, 2: markers; 3: arbiter',
  question_id        BIGINT        NOT NULL,
  candidate_unit_id  BIGINT        NULL COMMENT 'for own-unit exclusion only; never shown to graders',
  max_points         DECIMAL(6,2)  NOT NULL COMMENT 'the rubric scale of the part (the bank points)',
  status             VARCHAR(8)    NOT NULL COMMENT 'OPEN, CLAIMED, DONE',
  grader_id          BIGINT        NULL,
  scores             TEXT          NULL COMMENT 'JSON array: points per rubric point, in rubric order',
  total              DECIMAL(6,2)  NULL,
  comment_text       VARCHAR(1000) NULL,
  created_at         DATETIME(3)   NOT NULL,
  claimed_at         DATETIME(3)   NULL,
  done_at            DATETIME(3)   NULL,
  CONSTRAINT pk_grading_task PRIMARY KEY (id),
  CONSTRAINT uk_grading_task UNIQUE (attempt_id, position, part_no, round_no),
  CONSTRAINT fk_grading_task_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
  CONSTRAINT fk_grading_task_grader FOREIGN KEY (grader_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_grading_task_queue ON grading_task (session_id, question_id, status);
CREATE INDEX ix_grading_task_grader ON grading_task (grader_id, session_id);
