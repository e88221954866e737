-- Schema 18: the directory's group mapping, a row per line (a directory group's DN and the
-- Castellan group its members join; several DNs may name one group). It was one setting,
-- directory.groups.mapping, capped at the settings column's 4,000 characters (about 80 lines);
-- the directory bundle moves such a setting into these rows the first time it reads them.
-- line_no keeps the order lines were added in; the DN is kept as written (the service compares
-- DNs as names: case and spaces aside), the group by its name as the mapping always named it.
CREATE TABLE directory_group_mappings (
  line_no BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  directory_group VARCHAR(4000) NOT NULL,
  castellan_group VARCHAR(120) NOT NULL
);
