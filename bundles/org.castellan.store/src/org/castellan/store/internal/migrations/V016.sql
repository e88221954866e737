-- Schema 16: a dimension's members are rows of their own, no longer objects of the model. A BI
-- server's customer dimension has millions of members: the model (read whole by every change)
-- keeps the vocabulary (dimensions, measures, data rights) and the members are registered in
-- bulk, looked up by name and read by pages here.
-- parent_name is the unique name of the member above (NULL at the top), depth 0 at the top.
-- position orders siblings (the order they were registered in). missing is set when a reload of
-- the dimension no longer has the member: it stays, so that data rights naming it keep their
-- selection and the administrator sees it flagged; a later reload that has it again clears it.
CREATE TABLE members (
  dimension_id VARCHAR(36) NOT NULL REFERENCES dimensions (id) ON DELETE CASCADE,
  unique_name VARCHAR(400) NOT NULL,
  parent_name VARCHAR(400),
  caption VARCHAR(200),
  depth INTEGER NOT NULL,
  position INTEGER NOT NULL,
  missing BOOLEAN NOT NULL DEFAULT FALSE,
  PRIMARY KEY (dimension_id, unique_name)
);

-- A member's children, in order: the pages of the data-right editor's tree.
CREATE INDEX members_children ON members (dimension_id, parent_name, position);

-- The members of the former table dimension_members (owner_id: the dimension for a top member,
-- else the parent member) are copied here by the migration's Java step (MemberRowsMigration:
-- the depth of a nested member needs one pass per level), which then drops that table.
