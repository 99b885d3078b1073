-- The item marks of a result in a compact form for statistics (issue 18): one line per item,
-- "position,questionId,TYPE,max,earned,chosen,area" (earned empty while a grader has parts to score; chosen the
-- options of a choice answer, e.g. AC, 对, 错). Written with `items` whenever a result is computed or re-computed;
-- NULL for results written before, which statistics then read from `items` and the stored answers. A session of
-- 3,000 results × 100 items is 10 MB of plain lines instead of 60 MB of JSON to parse and 300,000 answers to read.
ALTER TABLE exam_result ADD COLUMN item_marks MEDIUMTEXT NULL;
