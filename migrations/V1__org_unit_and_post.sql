-- Organisation units (分公司/部门) and posts (岗位). Posts are data: new ones are added without code.
CREATE TABLE org_unit (
  id        BIGINT       NOT NULL AUTO_INCREMENT,
  code      VARCHAR(32)  NOT NULL COMMENT '单位编码',
  name      VARCHAR(100) NOT NULL COMMENT '单位名称',
  parent_id BIGINT       NULL,
  CONSTRAINT pk_org_unit PRIMARY KEY (id),
  CONSTRAINT uk_org_unit_code UNIQUE (code),
  CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE post (
  id     BIGINT       NOT NULL AUTO_INCREMENT,
  code   VARCHAR(32)  NOT NULL COMMENT '岗位编码',
  name   VARCHAR(100) NOT NULL COMMENT '岗位名称',
  active BOOLEAN      NOT NULL DEFAULT TRUE,
  CONSTRAINT pk_post PRIMARY KEY (id),
  CONSTRAINT uk_post_code UNIQUE (code),
  CONSTRAINT uk_post_name UNIQUE (name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO post (code, name) VALUES ('ZQKHJL', '政企客户经理');
INSERT INTO post (code, name) VALUES ('ZQXSJL', '政企客户销售经理');
INSERT INTO post (code, name) VALUES ('VIPFWJL', 'VIP客户服务经理');
