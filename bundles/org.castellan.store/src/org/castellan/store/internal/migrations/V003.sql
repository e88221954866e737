-- Schema 3: predefined roles remember the contribution that defines them, so that a translated
-- or renamed role is still recognised as that contribution's. (Derby lets a unique constraint on
-- a nullable column hold many NULLs: roles made by administrators have none.)
ALTER TABLE roles ADD COLUMN contribution_id VARCHAR(200);

ALTER TABLE roles ADD CONSTRAINT roles_contribution UNIQUE (contribution_id);
