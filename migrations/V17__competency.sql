-- The competency model (能力素质模型), versioned: every saved version keeps its whole definition (items, classes,
-- behaviour descriptions per level, the standard level of every post × level, the score bands of knowledge
-- items and the knowledge area feeding each). Version 1 is seeded at first start from
-- classpath:competency/model-v1.json. Each person's record is a history of values: derived from a released
-- exam result (source EXAM, one row per result revision and item) or assessed by an assessor (source ASSESSOR).

CREATE TABLE competency_model (
  version_no INT          NOT NULL,
  definition MEDIUMTEXT   NOT NULL COMMENT 'JSON: classes, items with descriptions per level, standards, bands',
  note       VARCHAR(500) NOT NULL,
  created_by BIGINT       NULL COMMENT 'null for the seeded version 1',
  created_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_competency_model PRIMARY KEY (version_no),
  CONSTRAINT fk_competency_model_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE competency_value (
  id              BIGINT        NOT NULL AUTO_INCREMENT,
  user_id         BIGINT        NOT NULL,
  item_code       VARCHAR(32)   NOT NULL,
  level_rank      TINYINT       NULL COMMENT '4 初级 … 1 资深; null: a score below the lowest band (未达初级)',
  source          VARCHAR(16)   NOT NULL COMMENT 'EXAM or ASSESSOR',
  source_label    VARCHAR(200)  NOT NULL COMMENT 'the exam session title or the assessor name, as it was',
  attempt_id      BIGINT        NULL COMMENT 'EXAM: the released result it was derived from',
  result_revision INT           NULL COMMENT 'EXAM: the revision of that result',
  score           DECIMAL(5,2)  NULL COMMENT 'EXAM: earned / max × 100 of the areas under the item',
  assessor_id     BIGINT        NULL,
  evidence        TEXT          NULL COMMENT 'ASSESSOR: what was observed',
  model_version   INT           NOT NULL,
  recorded_at     DATETIME(3)   NOT NULL,
  CONSTRAINT pk_competency_value PRIMARY KEY (id),
  CONSTRAINT uk_competency_value_result UNIQUE (attempt_id, result_revision, item_code),
  CONSTRAINT fk_competency_value_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_competency_value_assessor FOREIGN KEY (assessor_id) REFERENCES app_user (id),
  CONSTRAINT fk_competency_value_attempt FOREIGN KEY (attempt_id) REFERENCES exam_attempt (id),
  CONSTRAINT fk_competency_value_model FOREIGN KEY (model_version) REFERENCES competency_model (version_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_competency_value_user ON competency_value (user_id, recorded_at);
