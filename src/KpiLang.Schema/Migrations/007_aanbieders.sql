-- 007: providers (aanbieders) as data. A specification says which providers (actors of kind 'aanbieder') deliver an
-- indicator ('aanbieders:'), and every measurement records the provider it is of: '' for none (the region's own
-- rows). Each provider has its own measurement per indicator, period and breakdown, so the provider joins the
-- unique key: two providers never block each other, and with row-level security (kpic roles, PostgreSQL) a
-- provider's import never meets a row it may not see. Every existing measurement stays, with provider ''.

-- Which providers deliver an indicator; rewritten by every build, like the other specification tables.
CREATE TABLE indicator_aanbieder (
    indicator_id {{INTEGER}} NOT NULL REFERENCES indicator (id),
    actor_id     {{INTEGER}} NOT NULL REFERENCES actor (id),
    PRIMARY KEY (indicator_id, actor_id)
){{WITHOUT ROWID}};
CREATE INDEX indicator_aanbieder_actor ON indicator_aanbieder (actor_id);

-- @sqlite
-- SQLite cannot change a table's UNIQUE constraint: the table is rebuilt under the same name, with the same ids
-- (meting_correctie points at them; its foreign key is checked at commit). With legacy_alter_table the views keep
-- naming 'meting' while the new table takes that name; the indexes and the trigger go with the old table and are
-- made again as migrations 002, 004 and 006 made them.
PRAGMA defer_foreign_keys = ON;
PRAGMA legacy_alter_table = ON;
CREATE TABLE meting_007 (
    id                 INTEGER PRIMARY KEY,
    indicator_id       INTEGER NOT NULL REFERENCES indicator (id) ON DELETE RESTRICT,
    periode_begin      TEXT NOT NULL CHECK (date(periode_begin) = periode_begin),
    periode_eind       TEXT NOT NULL CHECK (date(periode_eind) = periode_eind),
    uitsplitsing       TEXT NOT NULL DEFAULT '',
    waarde             REAL,
    teller             REAL,
    noemer             REAL CHECK (noemer IS NULL OR noemer > 0),
    tekst              TEXT,
    bron               TEXT,
    status             TEXT NOT NULL DEFAULT 'definitief' CHECK (status IN ('voorlopig', 'definitief')),
    ingevoerd_door     TEXT,
    ingevoerd_op       TEXT NOT NULL,
    opmerking          TEXT,
    aanbieder          TEXT NOT NULL DEFAULT '',
    CHECK (periode_begin <= periode_eind),
    CHECK (waarde IS NOT NULL OR tekst IS NOT NULL),
    UNIQUE (indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder)
);
INSERT INTO meting_007 (id, indicator_id, periode_begin, periode_eind, uitsplitsing, waarde, teller, noemer, tekst, bron, status,
                        ingevoerd_door, ingevoerd_op, opmerking)
SELECT id, indicator_id, periode_begin, periode_eind, uitsplitsing, waarde, teller, noemer, tekst, bron, status,
       ingevoerd_door, ingevoerd_op, opmerking
FROM meting;
DROP TABLE meting;
ALTER TABLE meting_007 RENAME TO meting;
PRAGMA legacy_alter_table = OFF;
CREATE INDEX meting_indicator_periode ON meting (indicator_id, periode_eind);
CREATE INDEX meting_laatste_waarde ON meting (indicator_id, periode_eind, periode_begin) WHERE waarde IS NOT NULL;
CREATE INDEX meting_laatste_tekst ON meting (indicator_id, periode_eind, periode_begin) WHERE waarde IS NULL AND tekst IS NOT NULL;
CREATE INDEX meting_opmerking ON meting (indicator_id, periode_eind, periode_begin) WHERE waarde IS NOT NULL AND (opmerking IS NOT NULL OR tekst IS NOT NULL);
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
-- PostgreSQL changes the key in place; its indexes and trigger stay.
ALTER TABLE meting ADD COLUMN aanbieder TEXT NOT NULL DEFAULT '';
DO $$
DECLARE
    oude_sleutel text;
BEGIN
    SELECT conname INTO oude_sleutel FROM pg_constraint WHERE conrelid = 'meting'::regclass AND contype = 'u';
    EXECUTE format('ALTER TABLE meting DROP CONSTRAINT %I', oude_sleutel);
END
$$;
ALTER TABLE meting ADD UNIQUE (indicator_id, periode_begin, periode_eind, uitsplitsing, aanbieder);

-- For people's own queries, not for the views (they use the placeholders): SQLite's date() with modifiers, so a
-- query written for the sqlite3 shell such as date('now', 'start of month', '+3 months') runs in psql as it is.
-- (A bare date('now') is PostgreSQL's own cast to a date; docs/schema.md says what to write for both.)
CREATE FUNCTION date(moment text, VARIADIC modifiers text[]) RETURNS text LANGUAGE plpgsql STABLE AS $$
DECLARE
    t timestamp := CASE WHEN moment = 'now' THEN now() AT TIME ZONE 'UTC' ELSE CAST(moment AS timestamp) END;
    m text;
BEGIN
    FOREACH m IN ARRAY modifiers LOOP
        t := CASE lower(trim(m))
                 WHEN 'start of month' THEN date_trunc('month', t)
                 WHEN 'start of year' THEN date_trunc('year', t)
                 WHEN 'start of day' THEN date_trunc('day', t)
                 ELSE t + CAST(m AS interval)
             END;
    END LOOP;
    RETURN to_char(t, 'YYYY-MM-DD');
END
$$;
-- @end

-- Measurements with the indicator's name, now with the provider.
DROP VIEW meting_met_indicator;
CREATE VIEW meting_met_indicator AS
SELECT i.sleutel AS indicator, i.titel, i.actief, m.periode_begin, m.periode_eind, m.uitsplitsing, m.aanbieder, m.waarde,
       m.teller, m.noemer, m.tekst, m.opmerking, m.bron, m.status, m.ingevoerd_door, m.ingevoerd_op, m.id AS meting_id, i.id AS indicator_id
FROM meting m JOIN indicator i ON i.id = m.indicator_id;

-- Every correction, now with the provider of the measurement.
DROP VIEW correctiegeschiedenis;
CREATE VIEW correctiegeschiedenis AS
SELECT i.sleutel AS indicator, m.periode_begin, m.periode_eind, m.uitsplitsing, m.aanbieder,
       c.waarde AS oude_waarde, c.tekst AS oude_tekst, c.status AS oude_status, c.opmerking AS oude_opmerking,
       c.ingevoerd_door AS oud_ingevoerd_door, c.ingevoerd_op AS oud_ingevoerd_op,
       c.gecorrigeerd_door, c.gecorrigeerd_op,
       m.waarde AS huidige_waarde, m.tekst AS huidige_tekst, m.status AS huidige_status, m.id AS meting_id, c.id AS correctie_id
FROM meting_correctie c
JOIN meting m ON m.id = c.meting_id
JOIN indicator i ON i.id = m.indicator_id;

-- The latest measured period of each indicator and its value: the region's total row (no breakdown, no provider)
-- when there is one, otherwise the average over the breakdown values and providers of that period (several
-- providers' totals average; before, the highest would have been taken as the total).
{{REDEFINE VIEW(laatste_meting)}} AS
WITH laatst AS (
    SELECT i.id AS indicator_id,
           (SELECT m.id FROM meting m WHERE m.indicator_id = i.id AND m.waarde IS NOT NULL
            ORDER BY m.periode_eind DESC, m.periode_begin DESC LIMIT 1) AS meting_id
    FROM indicator i
)
SELECT l.indicator_id, p.periode_begin, p.periode_eind,
       COALESCE(MAX(CASE WHEN m.uitsplitsing = '' AND m.aanbieder = '' THEN m.waarde END), AVG(m.waarde)) AS waarde,
       COUNT(*) AS aantal_rijen
FROM laatst l
{{CROSS JOIN}} meting p ON p.id = l.meting_id
{{CROSS JOIN}} meting m ON m.indicator_id = l.indicator_id AND m.periode_eind = p.periode_eind AND m.periode_begin = p.periode_begin
                   AND m.waarde IS NOT NULL
GROUP BY l.indicator_id{{ALSO_GROUPED(p.periode_begin, p.periode_eind)}};
