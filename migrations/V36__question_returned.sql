-- When a reviewer last sent a question back to its author (REJECT: 退回), until the author submits it again. The
-- author's workbench counts these as 被退回 and the bank's list filters on them.

ALTER TABLE question ADD COLUMN returned_at DATETIME(3) NULL;
