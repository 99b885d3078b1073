-- The mapping step of the question import remembers, per header text, what this organisation's files mean by it
-- (题目难度 is the difficulty, 所属范围 is ignored …), so the next file from the same product is recognised without
-- choosing again. One installation is one organisation; the key is the header folded (full-width forms, spaces,
-- case), the field one of ImportField's names.

CREATE TABLE question_import_column (
  header_key  VARCHAR(200) NOT NULL,
  field       VARCHAR(40)  NOT NULL,
  updated_by  BIGINT       NOT NULL,
  updated_at  DATETIME(3)  NOT NULL,
  CONSTRAINT pk_question_import_column PRIMARY KEY (header_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
