-- Wake every Harta instance when outbox events commit (architecture.md, "Events").
-- NOTIFY is delivered at commit, once per transaction and payload, so a rolled-back
-- transaction wakes nobody. Listeners then read the "Event" table, which stays the
-- truth: a lost notification costs latency, never an event. The channel name is
-- NOTIFY_CHANNEL in lib/events/bus.ts.
CREATE FUNCTION harta_notify_event() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('harta_events', '');
  RETURN NULL;
END;
$$;

CREATE TRIGGER event_notify
AFTER INSERT ON "Event"
FOR EACH STATEMENT
EXECUTE FUNCTION harta_notify_event();
