-- Who did what to what. Append-only: the application never updates or deletes a row.
CREATE TABLE audit_event (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  occurred_at DATETIME(3)  NOT NULL,
  actor       VARCHAR(64)  NOT NULL COMMENT '工号, or system',
  action      VARCHAR(64)  NOT NULL,
  target_type VARCHAR(64)  NOT NULL,
  target_id   VARCHAR(64)  NULL,
  detail      TEXT         NULL,
  remote_addr VARCHAR(64)  NULL,
  CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_audit_event_target ON audit_event (target_type, target_id);
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor);
