-- Schema 8: the audit journal (hash-chained rows) and the archive of every user's rights after each change.
CREATE TABLE audit_journal (
  seq BIGINT NOT NULL PRIMARY KEY,
  recorded_at TIMESTAMP NOT NULL,
  topic VARCHAR(200) NOT NULL,
  actor VARCHAR(64),
  company VARCHAR(120),
  bundle VARCHAR(200),
  workstation VARCHAR(255),
  ip_address VARCHAR(64),
  os_user VARCHAR(120),
  program_version VARCHAR(64),
  details VARCHAR(32000),
  prev_hash VARCHAR(64) NOT NULL,
  row_hash VARCHAR(64) NOT NULL
);

CREATE TABLE rights_archive (
  id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  user_id VARCHAR(36) NOT NULL,
  login VARCHAR(64) NOT NULL,
  changed_at TIMESTAMP NOT NULL,
  rights VARCHAR(32000) NOT NULL,
  is_revoke BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE INDEX rights_archive_user ON rights_archive (user_id, changed_at);
