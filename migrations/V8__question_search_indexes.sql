-- Indexes for the question search (issue 3: any combination of filters on 100,000 questions, median under 50 ms;
-- figures and limits in docs/benchmarks.md). A search picks its page of ids from an index before it reads any row,
-- and counts its matches from index entries alone, so each index below holds every filter column: whichever one
-- the optimiser picks, it reads a range of index entries and no rows. The stem text is in none of them (a
-- VARCHAR(1000) in utf8mb4 is longer than an index key may be); a text search reads rows.

-- By knowledge node (the usual way in: a subtree of the taxonomy), newest first within the filters.
-- It also serves fk_question_node, so it replaces the narrower ix_question_node_status.
CREATE INDEX ix_question_search ON question (knowledge_node_id, status, type, difficulty, cognitive_level, level_mask, author_id, updated_at);
DROP INDEX ix_question_node_status ON question;

-- By type (and difficulty), as papers are assembled, by suited level and by cognitive level.
CREATE INDEX ix_question_type ON question (type, difficulty, cognitive_level, level_mask, status, knowledge_node_id, author_id, updated_at);
CREATE INDEX ix_question_level ON question (level_mask, cognitive_level, type, difficulty, status, knowledge_node_id, author_id, updated_at);
CREATE INDEX ix_question_cognitive ON question (cognitive_level, level_mask, type, difficulty, status, knowledge_node_id, author_id, updated_at);

-- One status, newest first (the review and assembly lists), to any page depth; and an author's own questions
-- in a status, newest first, which replaces the narrower ix_question_author (also for fk_question_author).
CREATE INDEX ix_question_status_updated ON question (status, updated_at);
CREATE INDEX ix_question_author_status ON question (author_id, status, updated_at);
DROP INDEX ix_question_author ON question;

-- The two difficulty orders, (difficulty, id) ascending and descending; the columns after the unique id do not
-- change the order, they only let filters be checked in the index.
CREATE INDEX ix_question_difficulty ON question (difficulty, id, type, cognitive_level, level_mask, status, knowledge_node_id, author_id, updated_at);
CREATE INDEX ix_question_difficulty_desc ON question (difficulty DESC, id, type, cognitive_level, level_mask, status, knowledge_node_id, author_id, updated_at);
