-- Create "key_checks" table
CREATE TABLE "key_checks" ("id" character varying NOT NULL, "sealed" bytea NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, PRIMARY KEY ("id"));
