-- Schema 20: the Castellan server's bearer tokens outlive a restart of the server. Each session
-- opened through the server keeps the SHA-256 of its token (never the token), so that after a
-- restart a token whose session is still open and not stale is accepted again; the hash goes with
-- the session's row when the session closes.
ALTER TABLE sessions ADD COLUMN token_hash CHAR(64);

CREATE INDEX sessions_token ON sessions (token_hash);
