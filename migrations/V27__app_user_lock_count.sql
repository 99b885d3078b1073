-- Progressive lock-out: how many times in a row the account was locked since its last successful login. Each lock
-- lasts twice as long as the one before, up to a ceiling (jianding.security.lockout.*), so that a stranger's wrong
-- passwords cost the owner little while a guesser gets ever fewer tries.

ALTER TABLE app_user ADD COLUMN lock_count INT NOT NULL DEFAULT 0;
