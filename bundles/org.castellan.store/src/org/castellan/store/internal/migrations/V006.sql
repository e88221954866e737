-- Schema 6: the built-in guest user, who logs in without a password.
ALTER TABLE users ADD COLUMN is_guest BOOLEAN NOT NULL DEFAULT FALSE;
