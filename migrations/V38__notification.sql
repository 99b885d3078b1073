-- Notifications (站内通知) and each person's delivery settings. A notification is kept in the product whatever
-- happens to its e-mail; (user_id, dedupe_key) makes every notice idempotent, so a listener that runs twice or two
-- nodes running the same job notify a person once. Instants are UTC.

CREATE TABLE notification (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  user_id     BIGINT       NOT NULL,
  kind        VARCHAR(32)  NOT NULL COMMENT 'ENROLLED, EXAM_OPENING, RESULTS_RELEASED, REPORT_READY, QUESTION_RETURNED, GRADING_ASSIGNED',
  dedupe_key  VARCHAR(100) NOT NULL COMMENT 'what it is about, e.g. session:12; one notice per user and key',
  args        TEXT         NOT NULL COMMENT 'the message arguments, one per line',
  link        VARCHAR(255) NOT NULL COMMENT 'the page it points to, relative to the site',
  created_at  DATETIME(3)  NOT NULL,
  read_at     DATETIME(3)  NULL,
  mailed_at   DATETIME(3)  NULL COMMENT 'when the e-mail was accepted by the mail server',
  CONSTRAINT pk_notification PRIMARY KEY (id),
  CONSTRAINT uk_notification_user_key UNIQUE (user_id, dedupe_key),
  CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_notification_user_read ON notification (user_id, read_at);

CREATE TABLE notification_setting (
  user_id       BIGINT       NOT NULL,
  email         VARCHAR(254) NULL COMMENT 'where e-mail goes; none: no e-mail',
  email_enabled BOOLEAN      NOT NULL DEFAULT TRUE,
  updated_at    DATETIME(3)  NOT NULL,
  CONSTRAINT pk_notification_setting PRIMARY KEY (user_id),
  CONSTRAINT fk_notification_setting_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
