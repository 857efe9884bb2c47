-- Create "revocations" table
CREATE TABLE "revocations" ("id" character varying NOT NULL, "account_id" character varying NOT NULL, "source_id" character varying NOT NULL, "source_key" character varying NOT NULL, "credential_type" character varying NOT NULL, "platform_app_id" character varying NULL, "credentials" bytea NOT NULL, "attempt_count" bigint NOT NULL DEFAULT 1, "next_attempt_time" timestamptz NOT NULL, "lease_expires_time" timestamptz NULL, "last_error" character varying NULL, "created_time" timestamptz NOT NULL, "environment_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "revocations_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "revocation_environment_id_id" to table: "revocations"
CREATE INDEX "revocation_environment_id_id" ON "revocations" ("environment_id", "id");
-- Create index "revocation_next_attempt_time" to table: "revocations"
CREATE INDEX "revocation_next_attempt_time" ON "revocations" ("next_attempt_time");
-- Create "webhook_endpoints" table
CREATE TABLE "webhook_endpoints" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "updated_time" timestamptz NOT NULL, "url" character varying NOT NULL, "description" character varying NULL, "event_types" jsonb NULL, "is_enabled" boolean NOT NULL DEFAULT true, "disabled_reason" character varying NULL, "failing_since" timestamptz NULL, "secret" bytea NOT NULL, "previous_secret" bytea NULL, "previous_secret_expires_time" timestamptz NULL, "environment_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "webhook_endpoints_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION);
-- Create index "webhookendpoint_environment_id_id" to table: "webhook_endpoints"
CREATE INDEX "webhookendpoint_environment_id_id" ON "webhook_endpoints" ("environment_id", "id");
-- Create "webhook_deliveries" table
CREATE TABLE "webhook_deliveries" ("id" character varying NOT NULL, "subject_id" character varying NOT NULL, "status" character varying NOT NULL DEFAULT 'PENDING', "attempt_count" bigint NOT NULL DEFAULT 0, "schedule_start" bigint NOT NULL DEFAULT 0, "next_attempt_time" timestamptz NULL, "lease_expires_time" timestamptz NULL, "lease" character varying NULL, "created_time" timestamptz NOT NULL, "delivered_time" timestamptz NULL, "environment_id" character varying NOT NULL, "event_id" character varying NOT NULL, "endpoint_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "webhook_deliveries_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "webhook_deliveries_events_event" FOREIGN KEY ("event_id") REFERENCES "events" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "webhook_deliveries_webhook_endpoints_deliveries" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);
-- Create index "webhookdelivery_endpoint_id_subject_id_event_id" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_endpoint_id_subject_id_event_id" ON "webhook_deliveries" ("endpoint_id", "subject_id", "event_id");
-- Create index "webhookdelivery_environment_id_id" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_environment_id_id" ON "webhook_deliveries" ("environment_id", "id");
-- Create index "webhookdelivery_event_id" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_event_id" ON "webhook_deliveries" ("event_id");
-- Create index "webhookdelivery_lease_expires_time" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_lease_expires_time" ON "webhook_deliveries" ("lease_expires_time");
-- Create index "webhookdelivery_status_next_attempt_time" to table: "webhook_deliveries"
CREATE INDEX "webhookdelivery_status_next_attempt_time" ON "webhook_deliveries" ("status", "next_attempt_time");
-- Create "webhook_attempts" table
CREATE TABLE "webhook_attempts" ("id" character varying NOT NULL, "created_time" timestamptz NOT NULL, "status_code" bigint NULL, "duration_ms" bigint NOT NULL, "error" character varying NULL, "environment_id" character varying NOT NULL, "delivery_id" character varying NOT NULL, PRIMARY KEY ("id"), CONSTRAINT "webhook_attempts_environments_environment" FOREIGN KEY ("environment_id") REFERENCES "environments" ("id") ON UPDATE NO ACTION ON DELETE NO ACTION, CONSTRAINT "webhook_attempts_webhook_deliveries_attempts" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries" ("id") ON UPDATE NO ACTION ON DELETE CASCADE);
-- Create index "webhookattempt_delivery_id_created_time" to table: "webhook_attempts"
CREATE INDEX "webhookattempt_delivery_id_created_time" ON "webhook_attempts" ("delivery_id", "created_time");
