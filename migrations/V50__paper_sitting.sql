-- Paper-based and external sittings (纸笔考试, issue 18). A session's mode: ONLINE (candidates sit it in the
-- browser) or PAPER (sat on paper or in another system; an exam administrator imports each candidate's answers or
-- item points, which become handed-in attempts marked by the same code as online ones).
ALTER TABLE exam_session ADD COLUMN sitting_mode VARCHAR(16) NOT NULL DEFAULT 'ONLINE';

-- The points an item earned as written on a paper score sheet (纸笔考试 import), in paper points; when set it is the
-- item's mark. NULL for every online answer and for paper items given as the letters answered (those are marked).
ALTER TABLE exam_answer ADD COLUMN points DECIMAL(8,2) NULL;
