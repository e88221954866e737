-- Schema 4: installation settings that the concerns keep in the database, so that every
-- workstation of a shared installation sees the same values (licence seats, login rules...).
CREATE TABLE settings (
  name VARCHAR(200) NOT NULL PRIMARY KEY,
  setting_value VARCHAR(4000)
);
