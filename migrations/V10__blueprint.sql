-- Blueprints (比重表 / 组卷规则): one per post and level, with append-only versions. A version's sections and
-- weight rows are stored as one JSON document (read and written whole, never queried by row); papers cite the
-- version they were built from, so a version is never changed once written.
CREATE TABLE blueprint (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  post_id         BIGINT       NOT NULL,
  level_code      VARCHAR(16)  NOT NULL COMMENT 'JUNIOR, INTERMEDIATE, SENIOR, EXPERT',
  current_version INT          NOT NULL,
  created_at      DATETIME(3)  NOT NULL,
  updated_at      DATETIME(3)  NOT NULL,
  CONSTRAINT pk_blueprint PRIMARY KEY (id),
  CONSTRAINT uk_blueprint_post_level UNIQUE (post_id, level_code),
  CONSTRAINT fk_blueprint_post FOREIGN KEY (post_id) REFERENCES post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE blueprint_version (
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  blueprint_id     BIGINT       NOT NULL,
  version_no       INT          NOT NULL,
  name             VARCHAR(200) NOT NULL,
  total_points     INT          NOT NULL,
  duration_minutes INT          NOT NULL,
  pass_mark        INT          NOT NULL,
  definition       LONGTEXT     NOT NULL COMMENT 'sections and weight rows as JSON (BlueprintSpec)',
  change_note      VARCHAR(500) NULL,
  created_by       BIGINT       NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  CONSTRAINT pk_blueprint_version PRIMARY KEY (id),
  CONSTRAINT uk_blueprint_version_no UNIQUE (blueprint_id, version_no),
  CONSTRAINT fk_blueprint_version_blueprint FOREIGN KEY (blueprint_id) REFERENCES blueprint (id),
  CONSTRAINT fk_blueprint_version_creator FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
