-- 组卷约束 of the bank (issue 16): 互斥 groups (of each group at most one question appears in a paper; a question may
-- sit in several groups) and item sets (题组: several questions on one case or passage, drawn all together or not at
-- all). They belong to the bank, not to a question version: changing them needs no new version and no new review.
CREATE TABLE question_mutex_group (
  question_id BIGINT      NOT NULL,
  group_name  VARCHAR(60) NOT NULL,
  CONSTRAINT pk_question_mutex_group PRIMARY KEY (question_id, group_name),
  CONSTRAINT fk_question_mutex_group_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_question_mutex_group_name ON question_mutex_group (group_name);

CREATE TABLE question_item_set (
  question_id BIGINT      NOT NULL,
  set_name    VARCHAR(60) NOT NULL,
  CONSTRAINT pk_question_item_set PRIMARY KEY (question_id),
  CONSTRAINT fk_question_item_set_question FOREIGN KEY (question_id) REFERENCES question (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_question_item_set_name ON question_item_set (set_name);
