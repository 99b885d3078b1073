-- The columns the question import's mapping step remembers belong to an organisation unit (issue 15: "a saved mapping
-- per organisation"): a branch whose files come from one product and a branch whose files come from another each keep
-- their own. unit_key is the org_unit id of the author who saved it, or 0 for authors without a unit and for what was
-- saved before this (the whole installation's). No foreign key: 0 is not a unit. Which rows an author is offered is
-- decided in ImportMappings (the installation's, then each unit from the root down to the author's own).
ALTER TABLE question_import_column ADD COLUMN unit_key BIGINT NOT NULL DEFAULT 0;

ALTER TABLE question_import_column DROP PRIMARY KEY;

ALTER TABLE question_import_column ADD CONSTRAINT pk_question_import_column PRIMARY KEY (unit_key, header_key);
