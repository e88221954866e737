-- Schema 13: a company is archived rather than deleted: its sessions, bans and journal rows keep
-- naming it, and it refuses new sessions.
ALTER TABLE companies ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
