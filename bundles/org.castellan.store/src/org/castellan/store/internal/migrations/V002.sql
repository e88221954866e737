-- Schema 2: the folder and report tree with its permissions, data models and data rights.

-- Folders and reports share one table; kind names the model class. owner_id is the
-- installation for top-level objects, else the containing folder.
CREATE TABLE repository_objects (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL,
  position INTEGER NOT NULL,
  kind VARCHAR(60) NOT NULL,
  name VARCHAR(200) NOT NULL,
  object_kind VARCHAR(60)
);

CREATE INDEX repository_objects_owner ON repository_objects (owner_id);

-- principal_id is a user or a group.
CREATE TABLE object_permissions (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES repository_objects (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  principal_id VARCHAR(36) NOT NULL,
  level VARCHAR(40) NOT NULL
);

CREATE TABLE data_models (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES installation (id),
  position INTEGER NOT NULL,
  name VARCHAR(200) NOT NULL UNIQUE,
  description VARCHAR(1024)
);

CREATE TABLE measures (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES data_models (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  unique_name VARCHAR(400) NOT NULL,
  caption VARCHAR(200)
);

CREATE TABLE dimensions (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES data_models (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  unique_name VARCHAR(400) NOT NULL,
  caption VARCHAR(200)
);

-- owner_id is the dimension for top-level members, else the parent member.
CREATE TABLE dimension_members (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL,
  position INTEGER NOT NULL,
  unique_name VARCHAR(400) NOT NULL,
  caption VARCHAR(200)
);

CREATE INDEX dimension_members_owner ON dimension_members (owner_id);

CREATE TABLE data_rights (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES installation (id),
  position INTEGER NOT NULL,
  name VARCHAR(200) NOT NULL UNIQUE,
  description VARCHAR(1024)
);

-- target_id is a user or a group.
CREATE TABLE data_right_holders (
  owner_id VARCHAR(36) NOT NULL REFERENCES data_rights (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id VARCHAR(36) NOT NULL,
  PRIMARY KEY (owner_id, position)
);

CREATE TABLE data_model_grants (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES data_rights (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  model_id VARCHAR(36) NOT NULL REFERENCES data_models (id) ON DELETE CASCADE
);

CREATE TABLE measure_grants (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES data_model_grants (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  measure_id VARCHAR(36) NOT NULL,
  allowed BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE dimension_grants (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES data_model_grants (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  dimension_id VARCHAR(36) NOT NULL,
  allowed BOOLEAN NOT NULL DEFAULT FALSE,
  include_descendants BOOLEAN NOT NULL DEFAULT FALSE
);

CREATE TABLE dimension_grant_members (
  owner_id VARCHAR(36) NOT NULL REFERENCES dimension_grants (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  element VARCHAR(400) NOT NULL,
  PRIMARY KEY (owner_id, position)
);
