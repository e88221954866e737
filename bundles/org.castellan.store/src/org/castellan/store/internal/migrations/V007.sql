-- Schema 7: when each password was last set, so that a password policy can make it expire.
ALTER TABLE users ADD COLUMN password_changed_at TIMESTAMP;
UPDATE users SET password_changed_at = CURRENT_TIMESTAMP WHERE password_hash IS NOT NULL;
