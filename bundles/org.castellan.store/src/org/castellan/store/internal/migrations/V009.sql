-- Schema 9: the registry of open sessions and the bans on new logins that every workstation of a
-- shared installation sees (operational records of org.castellan.sessions, never model objects).
-- A session row lives from the login to the log-out; a workstation that stops heartbeating is
-- marked stale (stale_since) and its row stays until it comes back or is purged.
CREATE TABLE sessions (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  user_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  company_code VARCHAR(20),
  workstation VARCHAR(255) NOT NULL,
  ip_address VARCHAR(64),
  os_user VARCHAR(120),
  program VARCHAR(120) NOT NULL,
  program_version VARCHAR(60),
  started_at TIMESTAMP NOT NULL,
  last_heartbeat_at TIMESTAMP NOT NULL,
  last_activity_at TIMESTAMP NOT NULL,
  clock_offset_ms BIGINT NOT NULL DEFAULT 0,
  stale_since TIMESTAMP,
  forced_ban_id VARCHAR(36),
  logout_request VARCHAR(500),
  logout_requested_by VARCHAR(64),
  logout_requested_at TIMESTAMP
);

CREATE INDEX sessions_company ON sessions (company_code);

-- company_code is a company's code, or *** for every company. The author is kept by login as
-- well as by id: a ban outlives its author's account.
CREATE TABLE bans (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  company_code VARCHAR(20) NOT NULL,
  starts_at TIMESTAMP NOT NULL,
  ends_at TIMESTAMP NOT NULL,
  message VARCHAR(500),
  author_id VARCHAR(36) NOT NULL,
  author_login VARCHAR(64) NOT NULL,
  author_name VARCHAR(120),
  created_at TIMESTAMP NOT NULL,
  CONSTRAINT bans_period CHECK (ends_at > starts_at)
);

CREATE INDEX bans_period ON bans (ends_at, starts_at);
