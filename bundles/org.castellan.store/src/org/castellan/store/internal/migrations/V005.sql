-- Schema 5: what login throttling needs to know of each account, apart from the account itself
-- (an operational record: written at every login, never part of the model or its versions).
CREATE TABLE login_attempts (
  user_id VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  failures INTEGER NOT NULL DEFAULT 0,
  last_failure_at TIMESTAMP,
  last_success_at TIMESTAMP,
  locked_until TIMESTAMP
);
