-- Which locker staff accounts look after which stations. Admins manage every station; an
-- account with the LOCKER_STAFF role manages only the stations it is assigned to here (the
-- services enforce it). Goes with the account or the station.
CREATE TABLE locker_station_staff (
    station_id bigint NOT NULL REFERENCES locker_station (id) ON DELETE CASCADE,
    account_id bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    PRIMARY KEY (station_id, account_id)
);

CREATE INDEX locker_station_staff_account ON locker_station_staff (account_id);
