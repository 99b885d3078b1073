-- Papers (试卷): a fixed paper (reviewed, locked, published) or a per-candidate parallel form, built from one
-- blueprint version with a stored seed. Items pin question versions, so a paper always shows what it showed.
CREATE TABLE paper (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  blueprint_version_id BIGINT       NOT NULL,
  kind                 VARCHAR(20)  NOT NULL COMMENT 'FIXED, CANDIDATE_FORM',
  status               VARCHAR(16)  NOT NULL COMMENT 'DRAFT, LOCKED, PUBLISHED',
  seed                 BIGINT       NOT NULL,
  title                VARCHAR(200) NOT NULL,
  candidate_id         BIGINT       NULL COMMENT 'the candidate a CANDIDATE_FORM was drawn for',
  created_by           BIGINT       NULL COMMENT 'null when the system drew it (exam sessions)',
  created_at           DATETIME(3)  NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  published_at         DATETIME(3)  NULL,
  CONSTRAINT pk_paper PRIMARY KEY (id),
  CONSTRAINT fk_paper_blueprint_version FOREIGN KEY (blueprint_version_id) REFERENCES blueprint_version (id),
  CONSTRAINT fk_paper_candidate FOREIGN KEY (candidate_id) REFERENCES app_user (id),
  CONSTRAINT fk_paper_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_paper_candidate ON paper (candidate_id, kind);
CREATE INDEX ix_paper_created ON paper (created_at);

CREATE TABLE paper_item (
  paper_id            BIGINT      NOT NULL,
  position            INT         NOT NULL COMMENT '1-based, in section order',
  section             VARCHAR(20) NOT NULL COMMENT 'question type of the section',
  question_id         BIGINT      NOT NULL,
  question_version_id BIGINT      NOT NULL,
  points              INT         NOT NULL,
  CONSTRAINT pk_paper_item PRIMARY KEY (paper_id, position),
  CONSTRAINT fk_paper_item_paper FOREIGN KEY (paper_id) REFERENCES paper (id) ON DELETE CASCADE,
  CONSTRAINT fk_paper_item_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT fk_paper_item_version FOREIGN KEY (question_version_id) REFERENCES question_version (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_paper_item_question ON paper_item (question_id);
