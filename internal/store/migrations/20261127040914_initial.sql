-- Create "accounts" table
CREATE TABLE "accounts" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, "credential_type" character varying NOT NULL, "credentials" bytea NOT NULL, "identifier" character varying NOT NULL, "identifier_kind" character varying NOT NULL DEFAULT 'DEFAULT', "external_id" character varying NULL, "display_name" character varying NULL, "is_enabled" boolean NOT NULL DEFAULT true, "disabled_reason" character varying NULL, "verification_status" character varying NOT NULL DEFAULT 'UNVERIFIED', "verified_time" timestamptz NULL, "verification_error" character varying NULL, "metadata" jsonb NULL, "next_verify_time" timestamptz NULL, "verify_failures" bigint NOT NULL DEFAULT 0, "verify_lock_until" timestamptz NULL, "foreign_id" character varying NULL, "environment_id" character varying NOT NULL, "source_id" character varying NOT NULL, "creator_id" character varying NOT NULL, "platform_app_id" character varying NULL, PRIMARY KEY ("id"));
-- Create index "account_creator_id" to table: "accounts"
CREATE INDEX "account_creator_id" ON "accounts" ("creator_id");
-- Create index "account_environment_id_created_time_id" to table: "accounts"
CREATE INDEX "account_environment_id_created_time_id" ON "accounts" ("environment_id", "created_time", "id");
-- Create index "account_environment_id_display_name_id" to table: "accounts"
CREATE INDEX "account_environment_id_display_name_id" ON "accounts" ("environment_id", "display_name", "id");
-- Create index "account_environment_id_foreign_id" to table: "accounts"
CREATE INDEX "account_environment_id_foreign_id" ON "accounts" ("environment_id", "foreign_id");
-- Create index "account_environment_id_id" to table: "accounts"
CREATE INDEX "account_environment_id_id" ON "accounts" ("environment_id", "id");
-- Create index "account_environment_id_identifier_id" to table: "accounts"
CREATE INDEX "account_environment_id_identifier_id" ON "accounts" ("environment_id", "identifier", "id");
-- Create index "account_environment_id_source_id_identifier" to table: "accounts"
CREATE UNIQUE INDEX "account_environment_id_source_id_identifier" ON "accounts" ("environment_id", "source_id", "identifier");
-- Create index "account_environment_id_updated_time_id" to table: "accounts"
CREATE INDEX "account_environment_id_updated_time_id" ON "accounts" ("environment_id", "updated_time", "id");
-- Create index "account_is_enabled_next_verify_time" to table: "accounts"
CREATE INDEX "account_is_enabled_next_verify_time" ON "accounts" ("is_enabled", "next_verify_time");
-- Create "auth_accesses" table
CREATE TABLE "auth_accesses" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, "name" character varying NOT NULL, "description" character varying NULL, "permission" character varying NOT NULL, "foreign_id" character varying NULL, "foreign_data" character varying NULL, "token" character varying NOT NULL, "secret_hash" bytea NOT NULL, "previous_secret_hash" bytea NULL, "previous_secret_expires_time" timestamptz NULL, "is_enabled" boolean NOT NULL DEFAULT true, "last_used_time" timestamptz NULL, "expires_time" timestamptz NULL, "person_id" character varying NULL, "source_keys" jsonb NULL, "environment_id" character varying NOT NULL, "creator_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "auth_accesses_token_key" to table: "auth_accesses"
CREATE UNIQUE INDEX "auth_accesses_token_key" ON "auth_accesses" ("token");
-- Create index "authaccess_environment_id_created_time_id" to table: "auth_accesses"
CREATE INDEX "authaccess_environment_id_created_time_id" ON "auth_accesses" ("environment_id", "created_time", "id");
-- Create index "authaccess_environment_id_foreign_id" to table: "auth_accesses"
CREATE UNIQUE INDEX "authaccess_environment_id_foreign_id" ON "auth_accesses" ("environment_id", "foreign_id");
-- Create index "authaccess_environment_id_id" to table: "auth_accesses"
CREATE INDEX "authaccess_environment_id_id" ON "auth_accesses" ("environment_id", "id");
-- Create index "authaccess_environment_id_name_id" to table: "auth_accesses"
CREATE INDEX "authaccess_environment_id_name_id" ON "auth_accesses" ("environment_id", "name", "id");
-- Create index "authaccess_environment_id_updated_time_id" to table: "auth_accesses"
CREATE INDEX "authaccess_environment_id_updated_time_id" ON "auth_accesses" ("environment_id", "updated_time", "id");
-- Create "creators" table
CREATE TABLE "creators" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, "kind" character varying NOT NULL, "person_id" character varying NULL, "environment_id" character varying NOT NULL, "auth_access_id" character varying NULL, PRIMARY KEY ("id"));
-- Create index "creator_auth_access_id" to table: "creators"
CREATE INDEX "creator_auth_access_id" ON "creators" ("auth_access_id");
-- Create index "creator_environment_id_person_id" to table: "creators"
CREATE INDEX "creator_environment_id_person_id" ON "creators" ("environment_id", "person_id");
-- Create "environments" table
CREATE TABLE "environments" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, "name" character varying NOT NULL, "slug" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "environments_slug_key" to table: "environments"
CREATE UNIQUE INDEX "environments_slug_key" ON "environments" ("slug");
-- Create "events" table
CREATE TABLE "events" ("id" character varying NOT NULL, "type" character varying NOT NULL, "subject_id" character varying NOT NULL, "person_id" character varying NULL, "data" jsonb NULL, "created_time" timestamptz NOT NULL, "environment_id" character varying NOT NULL, "auth_access_id" character varying NULL, PRIMARY KEY ("id"));
-- Create index "event_environment_id_created_time_id" to table: "events"
CREATE INDEX "event_environment_id_created_time_id" ON "events" ("environment_id", "created_time", "id");
-- Create index "event_environment_id_id" to table: "events"
CREATE INDEX "event_environment_id_id" ON "events" ("environment_id", "id");
-- Create index "event_environment_id_subject_id" to table: "events"
CREATE INDEX "event_environment_id_subject_id" ON "events" ("environment_id", "subject_id");
-- Create "platform_apps" table
CREATE TABLE "platform_apps" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, "name" character varying NOT NULL, "client_id" character varying NOT NULL, "client_secret" bytea NOT NULL, "environment_id" character varying NOT NULL, "source_id" character varying NOT NULL, PRIMARY KEY ("id"));
-- Create index "platformapp_environment_id_id" to table: "platform_apps"
CREATE INDEX "platformapp_environment_id_id" ON "platform_apps" ("environment_id", "id");
-- Create index "platformapp_environment_id_source_id_name" to table: "platform_apps"
CREATE UNIQUE INDEX "platformapp_environment_id_source_id_name" ON "platform_apps" ("environment_id", "source_id", "name");
-- Create "sources" table
CREATE TABLE "sources" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, "environment_id" character varying NULL, "key" character varying NOT NULL, "name" character varying NOT NULL, "http" jsonb NULL, "credential_types" jsonb NOT NULL, PRIMARY KEY ("id"));
-- Create index "source_environment_id_key" to table: "sources"
CREATE UNIQUE INDEX "source_environment_id_key" ON "sources" ("environment_id", "key");
-- Create index "source_key" to table: "sources"
CREATE UNIQUE INDEX "source_key" ON "sources" ("key") WHERE (environment_id IS NULL);
-- Modify "accounts" table
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_creators_creator" FOREIGN KEY ("creator_id") REFERENCES "creators" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "accounts_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "accounts_platform_apps_platform_app" FOREIGN KEY ("platform_app_id") REFERENCES "platform_apps" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "accounts_sources_source" FOREIGN KEY ("source_id") REFERENCES "sources" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "auth_accesses" table
ALTER TABLE "auth_accesses" ADD CONSTRAINT "auth_accesses_creators_creator" FOREIGN KEY ("creator_id") REFERENCES "creators" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "auth_accesses_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "creators" table
ALTER TABLE "creators" ADD CONSTRAINT "creators_auth_accesses_auth_access" FOREIGN KEY ("auth_access_id") REFERENCES "auth_accesses" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "creators_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "events" table
ALTER TABLE "events" ADD CONSTRAINT "events_auth_accesses_auth_access" FOREIGN KEY ("auth_access_id") REFERENCES "auth_accesses" ("id") ON UPDATE NO ACTION ON DELETE SET NULL, ADD CONSTRAINT "events_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
-- Modify "platform_apps" table
ALTER TABLE "platform_apps" ADD CONSTRAINT "platform_apps_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, ADD CONSTRAINT "platform_apps_sources_source" FOREIGN KEY ("source_id") REFERENCES "sources" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION;
