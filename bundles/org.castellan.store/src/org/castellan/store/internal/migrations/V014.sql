-- Schema 14: users limited to some companies, and security administrators who administer only
-- some of them (no row: every company). Companies are archived, never deleted, so the rows keep
-- naming them.
CREATE TABLE user_companies (
  owner_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id VARCHAR(36) NOT NULL REFERENCES companies (id),
  PRIMARY KEY (owner_id, position)
);

CREATE TABLE user_administered_companies (
  owner_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id VARCHAR(36) NOT NULL REFERENCES companies (id),
  PRIMARY KEY (owner_id, position)
);
