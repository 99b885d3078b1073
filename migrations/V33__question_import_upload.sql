-- An upload waiting between the import page's mapping step and the import itself, so the author does not send the
-- file twice and any node can finish it. Stored in parts of at most 4 MB (MariaDB's default max_allowed_packet is
-- 16 MB, an upload may be 20 MB). Deleted when imported; uploads older than a day are deleted when the next one is
-- stored.

CREATE TABLE question_import_upload (
  token       CHAR(36)     NOT NULL,
  part_no     INT          NOT NULL,
  author_id   BIGINT       NOT NULL,
  file_name   VARCHAR(255) NOT NULL,
  content     LONGBLOB     NOT NULL,
  created_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_question_import_upload PRIMARY KEY (token, part_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE INDEX ix_question_import_upload_created ON question_import_upload (created_at);
