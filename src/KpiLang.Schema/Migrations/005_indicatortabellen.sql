-- 005: what indicator tables say. A standard indicator's code, monitoring figures (kengetal), rates ("per 1.000
-- inwoners"), service norms ("binnen 8 weken"), forecasts beside targets, targets per group, targets that are only a
-- direction or whose comparison comes from 'richting:', and the actors involved beside the one owner.
-- Measurements are untouched; the specification tables changed here are rewritten by every build anyway.

ALTER TABLE indicator ADD COLUMN code TEXT;
ALTER TABLE indicator ADD COLUMN kengetal {{INTEGER}} NOT NULL DEFAULT 0 CHECK (kengetal IN (0, 1));
ALTER TABLE indicator ADD COLUMN per_aantal {{REAL}} CHECK (per_aantal IS NULL OR per_aantal > 0);
ALTER TABLE indicator ADD COLUMN per_populatie TEXT;
ALTER TABLE indicator ADD COLUMN norm_binnen {{REAL}};
ALTER TABLE indicator ADD COLUMN norm_eenheid TEXT;
ALTER TABLE indicator ADD COLUMN norm_na TEXT;

-- A target. 'vergelijking' is 'onbepaald' for a bare value on an indicator without 'richting:' (floor or ceiling is
-- not said); 'herkomst' says whether the comparison was written or read from 'richting:'. 'alleen_richting' marks
-- "toename"/"afname"/"stabiel" (against the previous period, no number to reach). 'groep' is the breakdown value a
-- target holds for ("voor jongeren"), NULL for the indicator as a whole. 'statistiek': the average over cases or
-- every single case.
-- @postgresql
-- PostgreSQL drops no table that a view still reads; indicator_status is made again below.
DROP VIEW indicator_status;
-- @end
DROP TABLE streefwaarde_afgesproken_met;
DROP TABLE streefwaarde;
CREATE TABLE streefwaarde (
    id              {{ID}},
    indicator_id    {{INTEGER}} NOT NULL REFERENCES indicator (id),
    volgnummer      {{INTEGER}} NOT NULL,
    vergelijking    TEXT NOT NULL CHECK (vergelijking IN ('minimaal', 'maximaal', 'meer_dan', 'minder_dan', 'precies', 'tussen', 'onbepaald')),
    herkomst        TEXT NOT NULL DEFAULT 'geschreven' CHECK (herkomst IN ('geschreven', 'richting', 'onbepaald')),
    alleen_richting {{INTEGER}} NOT NULL DEFAULT 0 CHECK (alleen_richting IN (0, 1)),
    statistiek      TEXT CHECK (statistiek IN ('gemiddeld', 'steeds')),
    groep           TEXT,
    waarde          {{REAL}},
    waarde_tot      {{REAL}},
    eenheid         TEXT,
    omschrijving    TEXT NOT NULL,
    referentie      TEXT CHECK (referentie IN ('nulmeting', 'vorige_periode', 'benchmark', 'jaar')),
    benchmark       TEXT,
    venster_periode TEXT CHECK (venster_periode IN ('dag', 'week', 'maand', 'kwartaal', 'halfjaar', 'jaar')),
    venster_aantal  {{INTEGER}} CHECK (venster_aantal IS NULL OR venster_aantal > 0),
    begin           TEXT CHECK (begin IS NULL OR {{DATE_VALID(begin)}}),
    deadline        TEXT CHECK (deadline IS NULL OR {{DATE_VALID(deadline)}}),
    disclaimer      TEXT,
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL,
    UNIQUE (indicator_id, volgnummer),
    CHECK (vergelijking <> 'tussen' OR waarde IS NULL OR waarde_tot IS NULL OR waarde <= waarde_tot),
    CHECK ((vergelijking = 'onbepaald') = (herkomst = 'onbepaald'))
);
CREATE INDEX streefwaarde_indicator ON streefwaarde (indicator_id);

CREATE TABLE streefwaarde_afgesproken_met (
    streefwaarde_id {{INTEGER}} NOT NULL REFERENCES streefwaarde (id),
    actor_id        {{INTEGER}} NOT NULL REFERENCES actor (id),
    PRIMARY KEY (streefwaarde_id, actor_id)
){{WITHOUT ROWID}};

-- "raming: 450 in 2025": a forecast or budgeted value (a begroting column). Not a target: nothing is judged against it.
CREATE TABLE raming (
    id           {{ID}},
    indicator_id {{INTEGER}} NOT NULL REFERENCES indicator (id),
    volgnummer   {{INTEGER}} NOT NULL,
    waarde       {{REAL}} NOT NULL,
    eenheid      TEXT,
    jaar         {{INTEGER}},
    datum        TEXT CHECK (datum IS NULL OR {{DATE_VALID(datum)}}),
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL,
    UNIQUE (indicator_id, volgnummer)
);

-- "betrokken:": the actors who take part beside the one owner of a scope, goal, effort or indicator.
CREATE TABLE betrokkene (
    actor_id      {{INTEGER}} NOT NULL REFERENCES actor (id),
    scope_id      {{INTEGER}} REFERENCES scope (id),
    doel_id       {{INTEGER}} REFERENCES doel (id),
    inspanning_id {{INTEGER}} REFERENCES inspanning (id),
    indicator_id  {{INTEGER}} REFERENCES indicator (id),
    CHECK ({{ONE_OF(scope_id, doel_id, inspanning_id, indicator_id)}})
);
CREATE INDEX betrokkene_actor ON betrokkene (actor_id);

-- @sqlite
DROP VIEW indicator_status;
-- @end
-- Latest value against baseline and target, with a status:
--   'geen data'          no (numeric) measurement yet;
--   'geen streefwaarde'  measured, but no target with a number to compare with (benchmark, qualitative, ...);
--   'op koers'           the target is met, or, before its deadline, the value is at least where a straight line
--                        from the baseline to the target says it should be by now (in the better direction);
--   'achter'             otherwise.
-- The target compared with is the first one whose deadline is on or after the latest measurement (else the last),
-- among targets for the indicator as a whole that say which way they compare (a target 'voor jongeren' is compared
-- per group in groep_status; a bare value without 'richting:' with nothing).
CREATE VIEW indicator_status AS
WITH laatst AS (
    SELECT i.id, COALESCE(l.periode_eind, {{DATE('now')}}) AS peildatum FROM indicator i LEFT JOIN laatste_meting l ON l.indicator_id = i.id
), kandidaat AS (
    SELECT s.*, ROW_NUMBER() OVER (
               PARTITION BY s.indicator_id
               ORDER BY s.deadline IS NULL, s.deadline < laatst.peildatum,
                        CASE WHEN s.deadline >= laatst.peildatum THEN {{JULIANDAY(s.deadline)}} ELSE -{{JULIANDAY(s.deadline)}} END,
                        s.volgnummer) AS rang
    FROM streefwaarde s JOIN laatst ON laatst.id = s.indicator_id
    WHERE s.waarde IS NOT NULL AND s.groep IS NULL AND s.vergelijking <> 'onbepaald'
), vergeleken AS (
    SELECT i.id AS indicator_id, i.sleutel AS indicator, i.titel, i.code, i.kengetal, i.doel_id, i.doel_titel AS doel, i.soort, i.eenheid,
           COALESCE(i.richting, CASE WHEN s.vergelijking IN ('minimaal', 'meer_dan') THEN 'hoger'
                                     WHEN s.vergelijking IN ('maximaal', 'minder_dan') THEN 'lager' END) AS richting,
           n.waarde AS nulmeting, n.datum AS nulmeting_datum,
           s.vergelijking, s.waarde AS streefwaarde, s.waarde_tot AS streefwaarde_tot, s.omschrijving AS streefwaarde_omschrijving,
           s.deadline, s.id AS streefwaarde_id,
           l.waarde AS laatste_waarde, l.periode_begin AS laatste_periode_begin, l.periode_eind AS laatste_periode_eind,
           CASE s.vergelijking
               WHEN 'minimaal' THEN l.waarde >= s.waarde
               WHEN 'maximaal' THEN l.waarde <= s.waarde
               WHEN 'meer_dan' THEN l.waarde > s.waarde
               WHEN 'minder_dan' THEN l.waarde < s.waarde
               WHEN 'precies' THEN l.waarde = s.waarde
               WHEN 'tussen' THEN l.waarde BETWEEN s.waarde AND s.waarde_tot
           END AS gehaald,
           CASE WHEN n.waarde IS NOT NULL AND n.datum IS NOT NULL AND s.deadline > n.datum
                THEN n.waarde + (s.waarde - n.waarde) * ({{JULIANDAY(l.periode_eind)}} - {{JULIANDAY(n.datum)}})
                                                     / ({{JULIANDAY(s.deadline)}} - {{JULIANDAY(n.datum)}})
           END AS verwacht_nu
    FROM indicator i
    LEFT JOIN laatste_meting l ON l.indicator_id = i.id
    LEFT JOIN kandidaat s ON s.indicator_id = i.id AND s.rang = 1
    LEFT JOIN nulmeting n ON n.indicator_id = i.id
    WHERE i.actief = 1
)
SELECT indicator_id, indicator, titel, code, kengetal, doel_id, doel, soort, eenheid, richting, nulmeting, nulmeting_datum,
       vergelijking, streefwaarde, streefwaarde_tot, streefwaarde_omschrijving, deadline,
       laatste_waarde, laatste_periode_begin, laatste_periode_eind,
       CASE
           WHEN laatste_waarde IS NULL THEN 'geen data'
           WHEN streefwaarde_id IS NULL THEN 'geen streefwaarde'
           WHEN gehaald THEN 'op koers'
           WHEN deadline IS NULL OR laatste_periode_eind >= deadline OR verwacht_nu IS NULL THEN 'achter'
           WHEN richting = 'hoger' AND laatste_waarde >= verwacht_nu THEN 'op koers'
           WHEN richting = 'lager' AND laatste_waarde <= verwacht_nu THEN 'op koers'
           ELSE 'achter'
       END AS status
FROM vergeleken;

-- Targets per group of the breakdown ("minimaal 60 % voor jongeren"), each with the latest measurement of that
-- group (the row whose uitsplitsing is the group, or names it as 'dimensie=groep') and whether it is met.
CREATE VIEW groep_status AS
WITH per_groep AS (
    SELECT s.id AS streefwaarde_id, m.periode_begin, m.periode_eind, m.waarde,
           ROW_NUMBER() OVER (PARTITION BY s.id ORDER BY m.periode_eind DESC, m.periode_begin DESC) AS rang
    FROM streefwaarde s
    JOIN meting m ON m.indicator_id = s.indicator_id AND m.waarde IS NOT NULL
     AND (m.uitsplitsing = s.groep OR m.uitsplitsing LIKE '%=' || s.groep OR m.uitsplitsing LIKE '%=' || s.groep || ';%')
    WHERE s.groep IS NOT NULL
)
SELECT i.sleutel AS indicator, i.titel, s.groep, s.vergelijking, s.waarde AS streefwaarde, s.waarde_tot AS streefwaarde_tot,
       s.omschrijving AS streefwaarde_omschrijving, s.deadline,
       g.waarde AS laatste_waarde, g.periode_begin AS laatste_periode_begin, g.periode_eind AS laatste_periode_eind,
       CASE
           WHEN g.waarde IS NULL THEN 'geen data'
           WHEN s.waarde IS NULL OR s.vergelijking = 'onbepaald' THEN 'geen streefwaarde'
           WHEN CASE s.vergelijking
                    WHEN 'minimaal' THEN g.waarde >= s.waarde
                    WHEN 'maximaal' THEN g.waarde <= s.waarde
                    WHEN 'meer_dan' THEN g.waarde > s.waarde
                    WHEN 'minder_dan' THEN g.waarde < s.waarde
                    WHEN 'precies' THEN g.waarde = s.waarde
                    WHEN 'tussen' THEN g.waarde BETWEEN s.waarde AND s.waarde_tot
                END THEN 'gehaald'
           ELSE 'niet gehaald'
       END AS status
FROM streefwaarde s
JOIN indicator i ON i.id = s.indicator_id AND i.actief = 1
LEFT JOIN per_groep g ON g.streefwaarde_id = s.id AND g.rang = 1
WHERE s.groep IS NOT NULL;

-- Forecasts beside the latest measurement, per indicator and year.
CREATE VIEW raming_met_indicator AS
SELECT i.sleutel AS indicator, i.titel, i.code, r.jaar, r.datum, r.waarde, r.eenheid
FROM raming r JOIN indicator i ON i.id = r.indicator_id
WHERE i.actief = 1;
