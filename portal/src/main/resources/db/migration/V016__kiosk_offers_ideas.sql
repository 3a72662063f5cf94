-- Kiosks offer "Idee einreichen" (Ideenspeicher)
ALTER TABLE kiosk_device DROP CONSTRAINT kiosk_device_known_features;
ALTER TABLE kiosk_device
    ADD CONSTRAINT kiosk_device_known_features
        CHECK (features <@ ARRAY['FEEDBACK', 'PROFILE_CARD', 'COURSES', 'TUTORIALS', 'LOCKERS', 'IDEAS']::text[]);
