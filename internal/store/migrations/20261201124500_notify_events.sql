-- Notify the other processes of each committed event, in the statement that
-- writes it (not one more statement per transaction): "keys" for an event of
-- an API key, which makes the keys they hold stale, "others" for the rest.
-- Written by hand: the ent schemas do not describe triggers.
CREATE OR REPLACE FUNCTION "latchkey_notify_event"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('latchkey_events', CASE WHEN left(NEW."type", 12) = 'AUTH_ACCESS_' THEN 'keys' ELSE 'others' END);
  RETURN NULL;
END
$$;
-- Create trigger "events_notify" on table: "events"
CREATE TRIGGER "events_notify" AFTER INSERT ON "events" FOR EACH ROW EXECUTE FUNCTION "latchkey_notify_event"();
