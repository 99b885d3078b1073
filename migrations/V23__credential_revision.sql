-- Document revisions (ADR 12). A released result that changes afterwards (an erratum, a re-mark) gets a new score
-- report: a new row with a new random serial and the next revision number, issued on the day of the change; the row
-- it replaces stops being live and records when and by which row it was superseded, so the public page can say
-- 已更正 and point to the current one. Existing rows are revision 1.
ALTER TABLE credential ADD COLUMN revision INT NOT NULL DEFAULT 1 COMMENT '1 for the first document of a result and kind, then 2, 3 …';
ALTER TABLE credential ADD COLUMN content_digest CHAR(64) NULL COMMENT 'score reports: SHA-256 of the result as printed; null for certificates and rows issued before V23';
ALTER TABLE credential ADD COLUMN superseded_at DATETIME(3) NULL COMMENT 'when a later revision replaced it';
ALTER TABLE credential ADD COLUMN superseded_by BIGINT NULL COMMENT 'the credential.id of the revision that replaced it';
ALTER TABLE credential ADD CONSTRAINT fk_credential_superseded_by FOREIGN KEY (superseded_by) REFERENCES credential (id);
