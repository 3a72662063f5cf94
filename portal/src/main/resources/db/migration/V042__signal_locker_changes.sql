-- Live boards and locker terminals on every portal instance learn of a station's changes from the
-- signal bus (channel go_lockers, payload: the station's id; see Signals.LOCKERS). The database
-- signals each change itself, in the writing transaction (so at commit, never for a rollback): no
-- writer in any feature can forget it. A signal is a hint; the screens read the tables again.

-- a row with a station_id (a compartment and its door, a reservation)
CREATE FUNCTION signal_locker_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('go_lockers', OLD.station_id::text);
    ELSE
        PERFORM pg_notify('go_lockers', NEW.station_id::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION signal_locker_station() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('go_lockers', OLD.id::text);
    ELSE
        PERFORM pg_notify('go_lockers', NEW.id::text);
    END IF;
    RETURN NULL;
END
$$;

-- an item: the station of its compartment (its photo is never read here)
CREATE FUNCTION signal_locker_item() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    compartment bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        compartment := OLD.compartment_id;
    ELSE
        compartment := NEW.compartment_id;
    END IF;
    PERFORM pg_notify('go_lockers', c.station_id::text) FROM locker_compartment c WHERE c.id = compartment;
    RETURN NULL;
END
$$;

-- a device's agent connected, left, or gave a sign of life: the station whose terminal it is
CREATE FUNCTION signal_locker_device() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    device bigint;
BEGIN
    IF TG_TABLE_NAME = 'kiosk_device' THEN
        device := NEW.id;
    ELSIF TG_OP = 'DELETE' THEN
        device := OLD.device_id;
    ELSE
        device := NEW.device_id;
    END IF;
    PERFORM pg_notify('go_lockers', s.id::text) FROM locker_station s WHERE s.device_id = device;
    RETURN NULL;
END
$$;

CREATE TRIGGER locker_station_signal AFTER INSERT OR UPDATE OR DELETE ON locker_station
    FOR EACH ROW EXECUTE FUNCTION signal_locker_station();
CREATE TRIGGER locker_compartment_signal AFTER INSERT OR UPDATE OR DELETE ON locker_compartment
    FOR EACH ROW EXECUTE FUNCTION signal_locker_row();
CREATE TRIGGER locker_reservation_signal AFTER INSERT OR UPDATE OR DELETE ON locker_reservation
    FOR EACH ROW EXECUTE FUNCTION signal_locker_row();
CREATE TRIGGER locker_item_signal AFTER INSERT OR UPDATE OR DELETE ON locker_item
    FOR EACH ROW EXECUTE FUNCTION signal_locker_item();
-- the connection's own heartbeat_at (every 20 s) changes nothing shown; the agent's last sign of
-- life (kiosk_device.last_seen_at) does
CREATE TRIGGER agent_connection_signal AFTER INSERT OR DELETE OR UPDATE OF instance_id, connected_at
    ON agent_connection FOR EACH ROW EXECUTE FUNCTION signal_locker_device();
CREATE TRIGGER kiosk_device_seen_signal AFTER UPDATE OF last_seen_at ON kiosk_device
    FOR EACH ROW WHEN (OLD.last_seen_at IS DISTINCT FROM NEW.last_seen_at)
    EXECUTE FUNCTION signal_locker_device();
