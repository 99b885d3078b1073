-- Accounts. employee_no (工号) is the login name. Instants are UTC.
CREATE TABLE app_user (
  id                   BIGINT       NOT NULL AUTO_INCREMENT,
  employee_no          VARCHAR(32)  NOT NULL COMMENT '工号',
  display_name         VARCHAR(64)  NOT NULL COMMENT '姓名',
  org_unit_id          BIGINT       NULL,
  post_id              BIGINT       NULL,
  level_rank           TINYINT      NULL COMMENT '当前级别: 4 初级 … 1 资深',
  in_post_since        DATE         NULL COMMENT '任现岗位起始日期',
  password_hash        VARCHAR(255) NOT NULL,
  enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
  must_change_password BOOLEAN      NOT NULL DEFAULT FALSE,
  failed_logins        INT          NOT NULL DEFAULT 0,
  locked_until         DATETIME(3)  NULL,
  password_changed_at  DATETIME(3)  NULL,
  created_at           DATETIME(3)  NOT NULL,
  updated_at           DATETIME(3)  NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uk_app_user_employee_no UNIQUE (employee_no),
  CONSTRAINT fk_app_user_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
  CONSTRAINT fk_app_user_post FOREIGN KEY (post_id) REFERENCES post (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_app_user_org_unit ON app_user (org_unit_id);
CREATE INDEX ix_app_user_display_name ON app_user (display_name);

CREATE TABLE user_role (
  user_id BIGINT      NOT NULL,
  role    VARCHAR(32) NOT NULL,
  CONSTRAINT pk_user_role PRIMARY KEY (user_id, role),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
