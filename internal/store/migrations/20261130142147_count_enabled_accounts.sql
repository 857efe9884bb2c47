-- Create index "account_enabled_environment_id_source_id_id" to table: "accounts"
CREATE INDEX "account_enabled_environment_id_source_id_id" ON "accounts" ("environment_id", "source_id", "id") WHERE is_enabled;
