-- Schema 12: a right may administer the installation (security, sessions, backups...); the
-- built-in guest never holds such a right. The flag is what the declaring bundle says, refreshed
-- at every start, and kept when that bundle is uninstalled.
ALTER TABLE rights ADD COLUMN is_administrative BOOLEAN NOT NULL DEFAULT FALSE;
