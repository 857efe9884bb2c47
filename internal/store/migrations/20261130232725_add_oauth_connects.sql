-- Modify "platform_apps" table
ALTER TABLE "platform_apps" ADD COLUMN "oauth_scopes" jsonb NULL;
-- Create "oauth_flows" table
CREATE TABLE "oauth_flows" ("id" character varying NOT NULL, "auth_access_id" character varying NOT NULL, "key_secret_hash" bytea NOT NULL, "source_id" character varying NOT NULL, "credential_type" character varying NOT NULL, "platform_app_id" character varying NOT NULL, "params" jsonb NULL, "success_url" character varying NULL, "error_url" character varying NULL, "start_token_hash" bytea NOT NULL, "state_hash" bytea NULL, "browser_hash" bytea NULL, "stage" character varying NOT NULL DEFAULT 'CREATED', "expires_time" timestamptz NOT NULL, "account_id" character varying NULL, "already_existed" boolean NOT NULL DEFAULT false, "error_code" character varying NULL, "created_time" timestamptz NOT NULL, "environment_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "oauth_flows_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "oauth_flows_start_token_hash_key" to table: "oauth_flows"
CREATE UNIQUE INDEX "oauth_flows_start_token_hash_key" ON "oauth_flows" ("start_token_hash");
-- Create index "oauth_flows_state_hash_key" to table: "oauth_flows"
CREATE UNIQUE INDEX "oauth_flows_state_hash_key" ON "oauth_flows" ("state_hash");
-- Create index "oauthflow_auth_access_id_stage" to table: "oauth_flows"
CREATE INDEX "oauthflow_auth_access_id_stage" ON "oauth_flows" ("auth_access_id", "stage");
-- Create index "oauthflow_environment_id_id" to table: "oauth_flows"
CREATE INDEX "oauthflow_environment_id_id" ON "oauth_flows" ("environment_id", "id");
-- Create index "oauthflow_expires_time" to table: "oauth_flows"
CREATE INDEX "oauthflow_expires_time" ON "oauth_flows" ("expires_time");
