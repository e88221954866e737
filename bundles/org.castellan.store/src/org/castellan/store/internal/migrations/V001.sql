-- Schema 1: the installation, its companies, and accounts (users, groups, roles, rights).
-- Every table of a model class has: id (UUID), version (optimistic concurrency),
-- owner_id (the containing object) and position (order within the container).
-- Column and table names follow the store annotations in castellan.ecore.

CREATE TABLE installation (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  name VARCHAR(120) NOT NULL,
  is_central BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE companies (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES installation (id),
  position INTEGER NOT NULL,
  code VARCHAR(20) NOT NULL UNIQUE,
  name VARCHAR(120) NOT NULL,
  data_directory VARCHAR(1024)
);

CREATE TABLE rights (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES installation (id),
  position INTEGER NOT NULL,
  right_id VARCHAR(200) NOT NULL UNIQUE,
  label VARCHAR(200),
  category VARCHAR(120),
  description VARCHAR(1024),
  contributor VARCHAR(200)
);

CREATE TABLE roles (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES installation (id),
  position INTEGER NOT NULL,
  name VARCHAR(120) NOT NULL UNIQUE,
  description VARCHAR(1024),
  is_predefined BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE right_grants (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  right_id VARCHAR(36) NOT NULL REFERENCES rights (id),
  granted_at TIMESTAMP
);

CREATE TABLE user_groups (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES installation (id),
  position INTEGER NOT NULL,
  name VARCHAR(120) NOT NULL UNIQUE,
  description VARCHAR(1024)
);

CREATE TABLE users (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES installation (id),
  position INTEGER NOT NULL,
  login VARCHAR(64) NOT NULL UNIQUE,
  display_name VARCHAR(120),
  email VARCHAR(254),
  is_external BOOLEAN NOT NULL DEFAULT FALSE,
  is_domain BOOLEAN NOT NULL DEFAULT FALSE,
  authorization_level INTEGER NOT NULL DEFAULT 0 CHECK (authorization_level BETWEEN 0 AND 9),
  password_hash VARCHAR(512),
  session_policy VARCHAR(40) NOT NULL DEFAULT 'normal',
  enabled BOOLEAN NOT NULL DEFAULT TRUE
);

CREATE TABLE memberships (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  group_id VARCHAR(36) NOT NULL REFERENCES user_groups (id) ON DELETE CASCADE,
  granted_at TIMESTAMP
);

-- owner_id is a user or a group: no single table to reference.
CREATE TABLE role_assignments (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL,
  position INTEGER NOT NULL,
  role_id VARCHAR(36) NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  granted_at TIMESTAMP
);

CREATE INDEX role_assignments_owner ON role_assignments (owner_id);
