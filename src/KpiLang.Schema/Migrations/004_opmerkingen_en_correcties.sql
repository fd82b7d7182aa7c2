-- 004: a remark with each measurement, corrections that keep what they replaced, and the latest qualitative text.
-- Only adds: every existing measurement stays as it is (its remark is NULL, it has no history yet).

-- The 'opmerking' (or 'toelichting') column of an import: why a value is what it is.
ALTER TABLE meting ADD COLUMN opmerking TEXT;

-- Each earlier version of a corrected measurement: the row as it was, and who replaced it when. A correction is a
-- new version, never an overwrite: the history of a value is its rows here, oldest first, then 'meting' itself.
CREATE TABLE meting_correctie (
    id                 {{ID}},
    meting_id          {{INTEGER}} NOT NULL REFERENCES meting (id),
    waarde             {{REAL}},
    teller             {{REAL}},
    noemer             {{REAL}},
    tekst              TEXT,
    opmerking          TEXT,
    bron               TEXT,
    status             TEXT NOT NULL,
    ingevoerd_door     TEXT,
    ingevoerd_op       TEXT NOT NULL,
    gecorrigeerd_door  TEXT,
    gecorrigeerd_op    TEXT NOT NULL
);
CREATE INDEX meting_correctie_meting ON meting_correctie (meting_id, id);

-- Any change to what a measurement says, by 'kpic import --corrigeer' or by hand in the sqlite3 shell, first keeps
-- the old version, so no value can be lost by correcting it. kpic sets ingevoerd_door/ingevoerd_op of the new
-- version to the corrector and the moment; a hand-written UPDATE that leaves them alone is recorded as corrected
-- now by an unknown person (gecorrigeerd_door NULL).
-- @sqlite
CREATE TRIGGER meting_bewaar_vorige_versie
AFTER UPDATE OF waarde, teller, noemer, tekst, opmerking, bron, status ON meting
WHEN OLD.waarde IS NOT NEW.waarde OR OLD.teller IS NOT NEW.teller OR OLD.noemer IS NOT NEW.noemer
  OR OLD.tekst IS NOT NEW.tekst OR OLD.opmerking IS NOT NEW.opmerking OR OLD.bron IS NOT NEW.bron OR OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO meting_correctie (meting_id, waarde, teller, noemer, tekst, opmerking, bron, status, ingevoerd_door, ingevoerd_op,
                                  gecorrigeerd_door, gecorrigeerd_op)
    VALUES (OLD.id, OLD.waarde, OLD.teller, OLD.noemer, OLD.tekst, OLD.opmerking, OLD.bron, OLD.status, OLD.ingevoerd_door, OLD.ingevoerd_op,
            CASE WHEN NEW.ingevoerd_op IS NOT OLD.ingevoerd_op THEN NEW.ingevoerd_door END,
            CASE WHEN NEW.ingevoerd_op IS NOT OLD.ingevoerd_op THEN NEW.ingevoerd_op ELSE strftime('%Y-%m-%dT%H:%M:%SZ', 'now') END);
END;
-- @end
-- @postgresql
-- The same trigger in PostgreSQL's words: a trigger function, and IS DISTINCT FROM for SQLite's IS NOT.
CREATE FUNCTION meting_bewaar_vorige_versie() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO meting_correctie (meting_id, waarde, teller, noemer, tekst, opmerking, bron, status, ingevoerd_door, ingevoerd_op,
                                  gecorrigeerd_door, gecorrigeerd_op)
    VALUES (OLD.id, OLD.waarde, OLD.teller, OLD.noemer, OLD.tekst, OLD.opmerking, OLD.bron, OLD.status, OLD.ingevoerd_door, OLD.ingevoerd_op,
            CASE WHEN NEW.ingevoerd_op IS DISTINCT FROM OLD.ingevoerd_op THEN NEW.ingevoerd_door END,
            CASE WHEN NEW.ingevoerd_op IS DISTINCT FROM OLD.ingevoerd_op THEN NEW.ingevoerd_op
                 ELSE to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') END);
    RETURN NULL;
END
$$;
CREATE TRIGGER meting_bewaar_vorige_versie
AFTER UPDATE OF waarde, teller, noemer, tekst, opmerking, bron, status ON meting
FOR EACH ROW
WHEN (OLD.waarde IS DISTINCT FROM NEW.waarde OR OLD.teller IS DISTINCT FROM NEW.teller OR OLD.noemer IS DISTINCT FROM NEW.noemer
  OR OLD.tekst IS DISTINCT FROM NEW.tekst OR OLD.opmerking IS DISTINCT FROM NEW.opmerking OR OLD.bron IS DISTINCT FROM NEW.bron
  OR OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION meting_bewaar_vorige_versie();
-- @end

-- Measurements with the indicator's name, now with the remark.
DROP VIEW meting_met_indicator;
CREATE VIEW meting_met_indicator AS
SELECT i.sleutel AS indicator, i.titel, i.actief, m.periode_begin, m.periode_eind, m.uitsplitsing, m.waarde,
       m.teller, m.noemer, m.tekst, m.opmerking, m.bron, m.status, m.ingevoerd_door, m.ingevoerd_op, m.id AS meting_id, i.id AS indicator_id
FROM meting m JOIN indicator i ON i.id = m.indicator_id;

-- Every correction: the measurement (indicator, period, breakdown), the version it replaced and what it says now.
CREATE VIEW correctiegeschiedenis AS
SELECT i.sleutel AS indicator, m.periode_begin, m.periode_eind, m.uitsplitsing,
       c.waarde AS oude_waarde, c.tekst AS oude_tekst, c.status AS oude_status, c.opmerking AS oude_opmerking,
       c.ingevoerd_door AS oud_ingevoerd_door, c.ingevoerd_op AS oud_ingevoerd_op,
       c.gecorrigeerd_door, c.gecorrigeerd_op,
       m.waarde AS huidige_waarde, m.tekst AS huidige_tekst, m.status AS huidige_status, m.id AS meting_id, c.id AS correctie_id
FROM meting_correctie c
JOIN meting m ON m.id = c.meting_id
JOIN indicator i ON i.id = m.indicator_id;

-- The latest qualitative measurement (a text without a number) of each indicator, for 'tellen én vertellen': the
-- total row when the period has one, otherwise the first breakdown value; aantal_teksten counts the period's texts.
CREATE VIEW laatste_tekst AS
WITH gerangschikt AS (
    SELECT indicator_id, periode_begin, periode_eind, uitsplitsing, tekst, status,
           COUNT(*) OVER (PARTITION BY indicator_id, periode_begin, periode_eind) AS aantal_teksten,
           ROW_NUMBER() OVER (PARTITION BY indicator_id
                              ORDER BY periode_eind DESC, periode_begin DESC, uitsplitsing <> '', uitsplitsing) AS rang
    FROM meting
    WHERE waarde IS NULL AND tekst IS NOT NULL
)
SELECT indicator_id, periode_begin, periode_eind, uitsplitsing, tekst, status, aantal_teksten FROM gerangschikt WHERE rang = 1;
