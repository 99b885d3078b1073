-- Followers of released results (the competency sweep) ask grading for the results released, or re-computed once
-- released, since an instant (Results.releasedSince): one range scan per time column instead of a table scan.

CREATE INDEX ix_exam_result_released_at ON exam_result (released_at);
CREATE INDEX ix_exam_result_computed_at ON exam_result (computed_at);
