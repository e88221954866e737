-- Schema 10: parameterised and multi-source data models. A parameter keeps the default value the
-- host evaluates the model with when data rights are defined; a multi-source model lists the
-- models it is made of (a model that has carried data rights is refused there by the data-rights
-- service, see datarights.lock.* in settings).
CREATE TABLE model_parameters (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0,
  owner_id VARCHAR(36) NOT NULL REFERENCES data_models (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  name VARCHAR(200) NOT NULL,
  default_value VARCHAR(1024)
);

-- target_id is a component model; deleting it removes it from the multi-source models.
CREATE TABLE data_model_components (
  owner_id VARCHAR(36) NOT NULL REFERENCES data_models (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  target_id VARCHAR(36) NOT NULL REFERENCES data_models (id) ON DELETE CASCADE,
  PRIMARY KEY (owner_id, position)
);
