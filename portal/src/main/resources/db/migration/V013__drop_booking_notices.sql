-- Booking messages live in the notification centre (table notification, category BOOKING), which
-- gets the same booking events; booking_notice was a stand-in until it existed. Notices that
-- have no equivalent entry there yet (made before V012, or for a trainer's message) move over,
-- marked read as they were, then the old table goes.
--
-- An entry's source is what the notifications feature names it when it handles the event
-- (BookingMessages): 'booking-<kind>:<booking id>', for a moved date with the new start in epoch
-- seconds, for a trainer's message with the message's id. notification_once (account_id, source)
-- decides what is there already. The texts are plain and in both languages, as the centre keeps
-- them; the moved notices were shown once and are not sent again on any channel.
WITH old AS (
    SELECT n.account_id,
           n.kind,
           n.detail,
           n.created_at,
           n.read_at,
           b.id   AS booking_id,
           b.code,
           left(c.title, 150) AS title,
           CASE n.kind
               WHEN 'CONFIRMED'      THEN 'booking-confirmed:' || b.id
               WHEN 'WAITING'        THEN 'booking-waiting:' || b.id
               WHEN 'PROMOTED'       THEN 'booking-promoted:' || b.id
               WHEN 'REMINDER'       THEN 'booking-reminder:' || b.id
               WHEN 'DATE_CANCELLED' THEN 'booking-date-cancelled:' || b.id
               WHEN 'DATE_MOVED'     THEN 'booking-date-moved:'
                                          || coalesce(floor(extract(epoch FROM n.detail::timestamptz))::bigint::text, '0')
                                          || ':' || b.id
               ELSE 'booking-message:' || coalesce(n.message_id, 0) || ':' || b.id
           END AS source,
           to_char(d.starts_at AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY, HH24:MI') AS when_de,
           to_char(d.starts_at AT TIME ZONE 'Europe/Berlin', 'FMDD Mon YYYY, FMHH12:MI am') AS when_en,
           CASE WHEN n.kind = 'DATE_MOVED' THEN
               to_char(n.detail::timestamptz AT TIME ZONE 'Europe/Berlin', 'DD.MM.YYYY, HH24:MI') END AS moved_de,
           CASE WHEN n.kind = 'DATE_MOVED' THEN
               to_char(n.detail::timestamptz AT TIME ZONE 'Europe/Berlin', 'FMDD Mon YYYY, FMHH12:MI am') END AS moved_en
    FROM booking_notice n
    JOIN booking b ON b.id = n.booking_id
    JOIN course_date d ON d.id = b.date_id
    JOIN course c ON c.id = d.course_id
)
INSERT INTO notification (account_id, category, source, title_de, body_de, title_en, body_en, link, urgent,
                          shown_in_app, created_at, read_at)
SELECT account_id,
       'BOOKING',
       source,
       CASE kind
           WHEN 'CONFIRMED'      THEN 'Buchung bestätigt: '
           WHEN 'WAITING'        THEN 'Auf der Warteliste: '
           WHEN 'PROMOTED'       THEN 'Ein Platz ist frei: '
           WHEN 'REMINDER'       THEN 'Erinnerung: '
           WHEN 'DATE_CANCELLED' THEN 'Termin fällt aus: '
           WHEN 'DATE_MOVED'     THEN 'Termin verschoben: '
           ELSE 'Nachricht der Kursleitung: '
       END || title,
       '„' || title || '“ am ' || when_de || ' Uhr. ' || CASE kind
           WHEN 'CONFIRMED'      THEN 'Der Platz ist sicher.'
           WHEN 'WAITING'        THEN 'Platz ' || coalesce(detail, '?') || ' auf der Warteliste.'
           WHEN 'PROMOTED'       THEN 'Ein Platz ist frei geworden und gehört jetzt Ihnen.'
           WHEN 'REMINDER'       THEN 'Der Kurs beginnt bald.'
           WHEN 'DATE_CANCELLED' THEN 'Der Termin fällt aus. ' || coalesce(detail, '')
           WHEN 'DATE_MOVED'     THEN 'Neue Zeit: ' || coalesce(moved_de, '?') || ' Uhr.'
           ELSE coalesce(detail, '')
       END,
       CASE kind
           WHEN 'CONFIRMED'      THEN 'Booking confirmed: '
           WHEN 'WAITING'        THEN 'On the waiting list: '
           WHEN 'PROMOTED'       THEN 'A place is free: '
           WHEN 'REMINDER'       THEN 'Reminder: '
           WHEN 'DATE_CANCELLED' THEN 'Date cancelled: '
           WHEN 'DATE_MOVED'     THEN 'Date moved: '
           ELSE 'Message from the trainer: '
       END || title,
       '"' || title || '" on ' || when_en || '. ' || CASE kind
           WHEN 'CONFIRMED'      THEN 'The place is yours.'
           WHEN 'WAITING'        THEN 'Number ' || coalesce(detail, '?') || ' on the waiting list.'
           WHEN 'PROMOTED'       THEN 'A place has become free and is now yours.'
           WHEN 'REMINDER'       THEN 'The course begins soon.'
           WHEN 'DATE_CANCELLED' THEN 'The date does not take place. ' || coalesce(detail, '')
           WHEN 'DATE_MOVED'     THEN 'New time: ' || coalesce(moved_en, '?') || '.'
           ELSE coalesce(detail, '')
       END,
       '/ticket/' || code,
       false,
       true,
       created_at,
       read_at
FROM old
ORDER BY created_at
ON CONFLICT ON CONSTRAINT notification_once DO NOTHING;

DROP TABLE booking_notice;
