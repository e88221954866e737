-- Schema 15: seals of the security tables' rows. Every row Castellan's services write in a sealed
-- table (users, groups, roles, rights, right grants, memberships, role assignments, the companies
-- a user is limited to or administers, the menu's levels and required rights, bans) gets a keyed
-- hash (HMAC-SHA256) of its columns, with a key kept in the installation folder (seal.key), never
-- in the database: a row changed, added or removed by plain SQL no longer matches its seal.
-- row_key is the row's id (its owner's id for a user's company lists, the name for settings).
-- label and fingerprints only help name what changed; they are not trusted.
CREATE TABLE row_seals (
  table_name VARCHAR(64) NOT NULL,
  row_key VARCHAR(200) NOT NULL,
  label VARCHAR(1000),
  fingerprints VARCHAR(4000),
  seal VARCHAR(64) NOT NULL,
  PRIMARY KEY (table_name, row_key)
);

-- Per sealed table, how many seals it has and their exclusive-or, themselves sealed: a row
-- removed together with its seal, or an old row put back with its old seal, no longer adds up.
-- The row named '*key*' holds a check value that tells a wrong key file from changed rows.
CREATE TABLE seal_totals (
  table_name VARCHAR(64) NOT NULL PRIMARY KEY,
  row_count BIGINT NOT NULL,
  digest VARCHAR(64) NOT NULL,
  seal VARCHAR(64) NOT NULL
);
