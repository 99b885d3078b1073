-- The knowledge taxonomy (知识点体系): an editable tree; every question is tagged with one leaf.
CREATE TABLE knowledge_node (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  code       VARCHAR(32)  NOT NULL COMMENT '知识点代码, e.g. G3',
  name       VARCHAR(100) NOT NULL COMMENT '知识点名称',
  parent_id  BIGINT       NULL,
  sort_order INT          NOT NULL DEFAULT 0,
  retired    BOOLEAN      NOT NULL DEFAULT FALSE,
  created_at DATETIME(3)  NOT NULL,
  updated_at DATETIME(3)  NOT NULL,
  CONSTRAINT pk_knowledge_node PRIMARY KEY (id),
  CONSTRAINT uk_knowledge_node_code UNIQUE (code),
  CONSTRAINT fk_knowledge_node_parent FOREIGN KEY (parent_id) REFERENCES knowledge_node (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_knowledge_node_parent ON knowledge_node (parent_id);
