-- Score reports and certificates (成绩报告单, 证书) with their public serial numbers, the validity of certificates
-- per level, and the batches that print a session's documents into one ZIP.

-- One row per issued document. A released result has one score report; a passed one also a certificate. The
-- serial is random (unguessable) and public: anyone may look it up on /verify. "live" is TRUE while the document
-- stands and NULL once revoked, so that the unique key allows one live document of a kind per result and any
-- number of revoked ones before it (a certificate revoked and later issued again gets a new serial).
CREATE TABLE credential (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  serial          VARCHAR(20)  NOT NULL COMMENT 'public serial, e.g. JD-7K3M-QX9P-2RTA-H',
  kind            VARCHAR(16)  NOT NULL COMMENT 'REPORT, CERTIFICATE',
  attempt_id      BIGINT       NOT NULL COMMENT 'the result (exam_result.attempt_id) it was issued for',
  session_id      BIGINT       NOT NULL,
  holder_id       BIGINT       NOT NULL,
  post_id         BIGINT       NOT NULL,
  level_rank      TINYINT      NOT NULL COMMENT 'the session level: for a certificate the certified level',
  issued_on       DATE         NOT NULL COMMENT 'in the display zone',
  expires_on      DATE         NULL COMMENT 'certificates of a level with a validity; null: no expiry',
  issued_at       DATETIME(3)  NOT NULL,
  live            BOOLEAN      NULL DEFAULT TRUE COMMENT 'TRUE while not revoked, NULL once revoked',
  revoked_at      DATETIME(3)  NULL,
  revoked_by      VARCHAR(64)  NULL COMMENT 'employee number of the officer, or system',
  revoked_reason  VARCHAR(500) NULL COMMENT 'internal; the public page only says 已撤销',
  CONSTRAINT pk_credential PRIMARY KEY (id),
  CONSTRAINT uk_credential_serial UNIQUE (serial),
  CONSTRAINT uk_credential_live UNIQUE (attempt_id, kind, live),
  CONSTRAINT fk_credential_holder FOREIGN KEY (holder_id) REFERENCES app_user (id),
  CONSTRAINT fk_credential_post FOREIGN KEY (post_id) REFERENCES post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_credential_session ON credential (session_id, kind);
CREATE INDEX ix_credential_holder ON credential (holder_id, issued_at);

-- How long a certificate of a level is valid, in months from its issue date; NULL: no expiry.
CREATE TABLE certificate_validity (
  level_rank    TINYINT     NOT NULL COMMENT '4 初级 … 1 资深',
  valid_months  INT         NULL,
  updated_by    BIGINT      NULL,
  updated_at    DATETIME(3) NOT NULL,
  CONSTRAINT pk_certificate_validity PRIMARY KEY (level_rank)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO certificate_validity (level_rank, valid_months, updated_at)
VALUES (4, 36, '2026-01-01 00:00:00'),
       (3, 36, '2026-01-01 00:00:00'),
       (2, 48, '2026-01-01 00:00:00'),
       (1, 60, '2026-01-01 00:00:00');

-- A batch prints every document of a session in the background. Its state and its files live here, not on the
-- node that started it, so any node shows the progress and serves the ZIP, and a batch whose node stopped is
-- taken over by another (heartbeat_at older than the claim timeout).
CREATE TABLE credential_batch (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  session_id    BIGINT        NOT NULL,
  status        VARCHAR(16)   NOT NULL COMMENT 'QUEUED, RUNNING, DONE, FAILED',
  total         INT           NOT NULL DEFAULT 0,
  done          INT           NOT NULL DEFAULT 0,
  failed        INT           NOT NULL DEFAULT 0,
  problems      TEXT          NULL COMMENT 'one line per document that could not be printed',
  requested_by  BIGINT        NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  heartbeat_at  DATETIME(3)   NULL,
  finished_at   DATETIME(3)   NULL,
  CONSTRAINT pk_credential_batch PRIMARY KEY (id),
  CONSTRAINT fk_credential_batch_requester FOREIGN KEY (requested_by) REFERENCES app_user (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_credential_batch_session ON credential_batch (session_id, created_at);
CREATE INDEX ix_credential_batch_status ON credential_batch (status, heartbeat_at);

CREATE TABLE credential_batch_file (
  batch_id   BIGINT       NOT NULL,
  serial     VARCHAR(20)  NOT NULL,
  file_name  VARCHAR(200) NOT NULL,
  content    MEDIUMBLOB   NOT NULL,
  CONSTRAINT pk_credential_batch_file PRIMARY KEY (batch_id, serial),
  CONSTRAINT fk_credential_batch_file_batch FOREIGN KEY (batch_id) REFERENCES credential_batch (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
