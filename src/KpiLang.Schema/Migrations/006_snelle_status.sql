-- 006: the latest measurement, text and remarks found through an index instead of by ranking every measurement.
-- With a million measurements 'kpic status' took 5-7 s, nearly all of it in laatste_meting and laatste_tekst, which
-- grouped and ranked the whole table on every read. Now each looks up, per indicator, its newest period in a
-- partial index (only the rows it can pick), then that period's rows: milliseconds at any size. Same columns, same
-- rows, same choice of period and group as in 003 and 004.

CREATE INDEX meting_laatste_waarde ON meting (indicator_id, periode_eind, periode_begin) WHERE waarde IS NOT NULL;
CREATE INDEX meting_laatste_tekst ON meting (indicator_id, periode_eind, periode_begin) WHERE waarde IS NULL AND tekst IS NOT NULL;
-- The report lists an indicator's latest remarks (kpic report): found without reading its other measurements.
CREATE INDEX meting_opmerking ON meting (indicator_id, periode_eind, periode_begin) WHERE waarde IS NOT NULL AND (opmerking IS NOT NULL OR tekst IS NOT NULL);

-- The latest measured period of each indicator and its value: the total row (uitsplitsing '') when there is
-- one, otherwise the average over the breakdown values of that period. (CROSS JOIN keeps SQLite from starting at
-- the measurements: it goes from each indicator to its newest row.)
{{REDEFINE VIEW(laatste_meting)}} AS
WITH laatst AS (
    SELECT i.id AS indicator_id,
           (SELECT m.id FROM meting m WHERE m.indicator_id = i.id AND m.waarde IS NOT NULL
            ORDER BY m.periode_eind DESC, m.periode_begin DESC LIMIT 1) AS meting_id
    FROM indicator i
)
SELECT l.indicator_id, p.periode_begin, p.periode_eind,
       COALESCE(MAX(CASE WHEN m.uitsplitsing = '' THEN m.waarde END), AVG(m.waarde)) AS waarde,
       COUNT(*) AS aantal_rijen
FROM laatst l
{{CROSS JOIN}} meting p ON p.id = l.meting_id
{{CROSS JOIN}} meting m ON m.indicator_id = l.indicator_id AND m.periode_eind = p.periode_eind AND m.periode_begin = p.periode_begin
                   AND m.waarde IS NOT NULL
GROUP BY l.indicator_id{{ALSO_GROUPED(p.periode_begin, p.periode_eind)}};

-- The latest qualitative measurement (a text without a number) of each indicator, for 'tellen én vertellen': the
-- total row when the period has one, otherwise the first breakdown value; aantal_teksten counts the period's texts.
DROP VIEW laatste_tekst;
CREATE VIEW laatste_tekst AS
WITH laatst AS (
    SELECT i.id AS indicator_id,
           (SELECT m.id FROM meting m WHERE m.indicator_id = i.id AND m.waarde IS NULL AND m.tekst IS NOT NULL
            ORDER BY m.periode_eind DESC, m.periode_begin DESC, m.uitsplitsing <> '', m.uitsplitsing LIMIT 1) AS meting_id
    FROM indicator i
)
SELECT m.indicator_id, m.periode_begin, m.periode_eind, m.uitsplitsing, m.tekst, m.status,
       (SELECT COUNT(*) FROM meting t WHERE t.indicator_id = m.indicator_id AND t.periode_eind = m.periode_eind
           AND t.periode_begin = m.periode_begin AND t.waarde IS NULL AND t.tekst IS NOT NULL) AS aantal_teksten
FROM laatst l
{{CROSS JOIN}} meting m ON m.id = l.meting_id;
