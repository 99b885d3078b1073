-- Questions (试题). A question is an identity with a workflow status; its content lives in append-only versions.
-- The columns of `question` repeat the current version's classification so that search needs no join.
CREATE TABLE question (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  status            VARCHAR(16)   NOT NULL COMMENT 'DRAFT, SUBMITTED, REVIEWED, ACTIVE, RETIRED',
  current_version   INT           NOT NULL,
  type              VARCHAR(20)   NOT NULL,
  knowledge_node_id BIGINT        NOT NULL,
  difficulty        TINYINT       NOT NULL,
  cognitive_level   VARCHAR(10)   NOT NULL,
  level_mask        TINYINT       NOT NULL COMMENT 'suited levels, one bit per level: 1 初级 2 中级 4 高级 8 资深',
  points            DECIMAL(6,1)  NOT NULL,
  stem_text         VARCHAR(1000) NOT NULL COMMENT 'plain text of the stem, for search and duplicate checks',
  author_id         BIGINT        NOT NULL,
  reviewer_id       BIGINT        NULL,
  source            VARCHAR(200)  NULL,
  created_at        DATETIME(3)   NOT NULL,
  updated_at        DATETIME(3)   NOT NULL,
  CONSTRAINT pk_question PRIMARY KEY (id),
  CONSTRAINT fk_question_node FOREIGN KEY (knowledge_node_id) REFERENCES knowledge_node (id),
  CONSTRAINT fk_question_author FOREIGN KEY (author_id) REFERENCES app_user (id),
  CONSTRAINT fk_question_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_question_node_status ON question (knowledge_node_id, status, type);
CREATE INDEX ix_question_status_type ON question (status, type, difficulty);
CREATE INDEX ix_question_updated ON question (updated_at);
CREATE INDEX ix_question_author ON question (author_id);

CREATE TABLE question_version (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  question_id    BIGINT       NOT NULL,
  version_no     INT          NOT NULL,
  content        LONGTEXT     NOT NULL COMMENT 'the question in the bank text format (question-bank FORMAT.md)',
  content_hash   CHAR(64)     NOT NULL COMMENT 'SHA-256 of content',
  used_in_paper  BOOLEAN      NOT NULL DEFAULT FALSE,
  change_note    VARCHAR(500) NULL,
  created_by     BIGINT       NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  CONSTRAINT pk_question_version PRIMARY KEY (id),
  CONSTRAINT uk_question_version_no UNIQUE (question_id, version_no),
  CONSTRAINT fk_question_version_question FOREIGN KEY (question_id) REFERENCES question (id),
  CONSTRAINT fk_question_version_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE question_tag (
  question_id       BIGINT NOT NULL,
  knowledge_node_id BIGINT NOT NULL,
  CONSTRAINT pk_question_tag PRIMARY KEY (question_id, knowledge_node_id),
  CONSTRAINT fk_question_tag_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE,
  CONSTRAINT fk_question_tag_node FOREIGN KEY (knowledge_node_id) REFERENCES knowledge_node (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_question_tag_node ON question_tag (knowledge_node_id);

-- Images in stems and options, stored in the database and served by their hash.
CREATE TABLE question_image (
  id         BIGINT      NOT NULL AUTO_INCREMENT,
  sha256     CHAR(64)    NOT NULL,
  media_type VARCHAR(50) NOT NULL,
  bytes      LONGBLOB    NOT NULL,
  created_by BIGINT      NOT NULL,
  created_at DATETIME(3) NOT NULL,
  CONSTRAINT pk_question_image PRIMARY KEY (id),
  CONSTRAINT uk_question_image_sha UNIQUE (sha256),
  CONSTRAINT fk_question_image_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
