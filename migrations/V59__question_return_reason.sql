-- Why a reviewer last sent a question back (REJECT: 退回), shown to its author on the question until they submit it
-- again; cleared with returned_at. Before this the reason was only in the audit log and the notification.

ALTER TABLE question ADD COLUMN return_reason VARCHAR(500) NULL;
