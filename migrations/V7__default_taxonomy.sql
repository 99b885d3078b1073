-- The default knowledge taxonomy of the seed (see question-bank DefaultTaxonomy). Editable afterwards.

INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at) VALUES ('G', '通用基础知识', NULL, 1, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000');
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at) VALUES ('P', '专业基础知识', NULL, 2, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000');
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at) VALUES ('J', '岗位基础知识', NULL, 3, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000');
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at) VALUES ('S', '岗位基本技能', NULL, 4, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000');

INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'G1', '电信行业概况', id, 1, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'G';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'G2', '企业概况', id, 2, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'G';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'G3', '法律法规', id, 3, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'G';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'G4', '企业规章制度', id, 4, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'G';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'P1', '管理基础知识', id, 1, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'P';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'P2', '市场营销专业知识', id, 2, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'P';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'P3', '电信技术知识', id, 3, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'P';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'P4', '电信产品知识', id, 4, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'P';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'J1', '服务礼仪及行为规范', id, 1, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'J';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'J2', '重点业务知识', id, 2, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'J';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'J3', '服务营销知识', id, 3, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'J';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'S1', '客户信息收集与需求分析', id, 1, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'S';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'S2', '解决方案制定与营销', id, 2, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'S';
INSERT INTO knowledge_node (code, name, parent_id, sort_order, retired, created_at, updated_at)
  SELECT 'S3', '客户关系维护与保持', id, 3, FALSE, '2026-01-01 00:00:00.000', '2026-01-01 00:00:00.000' FROM knowledge_node WHERE code = 'S';
