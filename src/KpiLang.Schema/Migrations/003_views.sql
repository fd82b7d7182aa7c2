-- 003: views that answer the questions teams ask, without our code. Dates are ISO text (yyyy-mm-dd), so they
-- compare and sort as text; "today" is SQLite's date('now') (UTC).

-- Measurements with the indicator's name, for reading and exporting.
CREATE VIEW meting_met_indicator AS
SELECT i.sleutel AS indicator, i.titel, i.actief, m.periode_begin, m.periode_eind, m.uitsplitsing, m.waarde,
       m.teller, m.noemer, m.tekst, m.bron, m.status, m.ingevoerd_door, m.ingevoerd_op, m.id AS meting_id, i.id AS indicator_id
FROM meting m JOIN indicator i ON i.id = m.indicator_id;

-- How far apart two measurements (or meetings) of an indicator are: a date() modifier such as '+3 months'.
CREATE VIEW meetritme AS
SELECT id AS indicator_id, frequentie, keer_per_jaar,
       CASE
           WHEN keer_per_jaar IN (1, 2, 3, 4, 6, 12) THEN '+' || CAST(12 / keer_per_jaar AS INTEGER) || ' months'
           ELSE '+' || CAST({{GREATEST(1, ROUND(365.0 / keer_per_jaar))}} AS INTEGER) || ' days'
       END AS stap
FROM indicator
WHERE keer_per_jaar > 0;

-- The latest measured period of each indicator and its value: the total row (uitsplitsing '') when there is
-- one, otherwise the average over the breakdown values of that period.
CREATE VIEW laatste_meting AS
WITH per_periode AS (
    SELECT indicator_id, periode_begin, periode_eind,
           COALESCE(MAX(CASE WHEN uitsplitsing = '' THEN waarde END), AVG(waarde)) AS waarde,
           COUNT(*) AS aantal_rijen
    FROM meting
    WHERE waarde IS NOT NULL
    GROUP BY indicator_id, periode_begin, periode_eind
), gerangschikt AS (
    SELECT *, ROW_NUMBER() OVER (PARTITION BY indicator_id ORDER BY periode_eind DESC, periode_begin DESC) AS rang
    FROM per_periode
)
SELECT indicator_id, periode_begin, periode_eind, waarde, aantal_rijen FROM gerangschikt WHERE rang = 1;

-- Latest value against baseline and target, with a status:
--   'geen data'          no (numeric) measurement yet;
--   'geen streefwaarde'  measured, but no target with a number to compare with (benchmark, qualitative, ...);
--   'op koers'           the target is met, or, before its deadline, the value is at least where a straight line
--                        from the baseline to the target says it should be by now (in the better direction);
--   'achter'             otherwise.
-- The target compared with is the first one whose deadline is on or after the latest measurement (else the last).
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
    WHERE s.waarde IS NOT NULL
), vergeleken AS (
    SELECT i.id AS indicator_id, i.sleutel AS indicator, i.titel, i.doel_id, i.doel_titel AS doel, i.soort, i.eenheid,
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
SELECT indicator_id, indicator, titel, doel_id, doel, soort, eenheid, richting, nulmeting, nulmeting_datum,
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

-- Active indicators without an owner (eigenaar_naam shows a name that resolves to no actor).
CREATE VIEW indicator_zonder_eigenaar AS
SELECT i.sleutel AS indicator, i.titel, i.doel_titel AS doel, i.eigenaar_naam, i.bestand, i.regel
FROM indicator i
WHERE i.actief = 1 AND i.eigenaar_id IS NULL;

-- What each actor enters, views, reports, discusses or recalibrates (herijking), how often, and when next: for a
-- herijking its declared next date; otherwise the first day after the current period (a month, quarter, half year,
-- year, ...) in which it is due.
CREATE VIEW agenda AS
WITH onderwerp AS (
    SELECT p.actor_id, p.rol, 'indicator' AS soort, i.sleutel AS naam, i.titel, p.frequentie, p.keer_per_jaar, NULL AS gepland
    FROM publiek p JOIN indicator i ON i.id = p.indicator_id
    UNION ALL
    SELECT p.actor_id, p.rol, 'doel', d.naam, d.titel, p.frequentie, p.keer_per_jaar, NULL
    FROM publiek p JOIN doel d ON d.id = p.doel_id
    UNION ALL
    SELECT h.door_actor_id, 'herijking',
           CASE WHEN h.indicator_id IS NOT NULL THEN 'indicator' WHEN h.doel_id IS NOT NULL THEN 'doel'
                WHEN h.scope_id IS NOT NULL THEN 'scope' ELSE 'organisatie' END,
           COALESCE(i.sleutel, d.naam, s.naam, o.naam), COALESCE(i.titel, d.titel, s.titel, o.titel),
           h.frequentie, h.keer_per_jaar, h.volgende
    FROM herijking h
    LEFT JOIN indicator i ON i.id = h.indicator_id
    LEFT JOIN doel d ON d.id = h.doel_id
    LEFT JOIN scope s ON s.id = h.scope_id
    LEFT JOIN organisatie o ON o.id = h.organisatie_id
    WHERE h.door_actor_id IS NOT NULL
)
SELECT a.naam AS actor, a.titel AS actor_titel, o.rol, o.soort AS onderwerp_soort, o.naam AS onderwerp, o.titel AS onderwerp_titel,
       o.frequentie, o.keer_per_jaar,
       CASE
           WHEN o.gepland IS NOT NULL THEN o.gepland
           WHEN o.keer_per_jaar IS NULL OR o.keer_per_jaar <= 0 THEN NULL
           WHEN o.keer_per_jaar IN (1, 2, 3, 4, 6, 12) THEN {{DATE('now', 'start of year',
               '+' || (((CAST({{STRFTIME('%m', 'now')}} AS INTEGER) - 1) / CAST(12 / o.keer_per_jaar AS INTEGER) + 1)
                       * CAST(12 / o.keer_per_jaar AS INTEGER)) || ' months')}}
           ELSE {{DATE('now', '+' || CAST({{GREATEST(1, ROUND(365.0 / o.keer_per_jaar))}} AS INTEGER) || ' days')}}
       END AS volgende_keer
FROM onderwerp o JOIN actor a ON a.id = o.actor_id;

-- Active indicators whose next measurement is overdue given their frequency: the period after the latest
-- measurement (or after the baseline, or after the first build when there is neither) has ended. A monthly
-- indicator measured up to 2020-01-31 is expected by 2020-02-29.
CREATE VIEW achterstallige_meting AS
WITH basis AS (
    SELECT i.id, i.sleutel, i.titel, r.frequentie, r.stap,
           (SELECT MAX(m.periode_eind) FROM meting m WHERE m.indicator_id = i.id) AS laatste_periode_eind,
           COALESCE((SELECT MAX(m.periode_eind) FROM meting m WHERE m.indicator_id = i.id),
                    (SELECT n.datum FROM nulmeting n WHERE n.indicator_id = i.id),
                    {{DATE(i.eerst_gebouwd_op)}}) AS sinds
    FROM indicator i JOIN meetritme r ON r.indicator_id = i.id
    WHERE i.actief = 1
)
SELECT sleutel AS indicator, titel, frequentie, laatste_periode_eind, {{DATE(sinds, '+1 day', stap, '-1 day')}} AS verwacht_uiterlijk,
       {{CAST_INTEGER({{JULIANDAY('now')}} - {{JULIANDAY({{DATE(sinds, '+1 day', stap, '-1 day')}})}})}} AS dagen_te_laat
FROM basis
WHERE {{DATE(sinds, '+1 day', stap, '-1 day')}} < {{DATE('now')}};

-- Replaced indicators: the successor, its predecessor (kept, active or archived) and the predecessor's history.
CREATE VIEW vervangingsgeschiedenis AS
SELECT o.sleutel AS opvolger, o.titel AS opvolger_titel, v.voorganger_sleutel AS voorganger, p.titel AS voorganger_titel,
       p.actief AS voorganger_actief, v.per, v.reden,
       (SELECT COUNT(*) FROM meting m WHERE m.indicator_id = p.id) AS metingen_voorganger,
       (SELECT MIN(m.periode_begin) FROM meting m WHERE m.indicator_id = p.id) AS eerste_periode_voorganger,
       (SELECT MAX(m.periode_eind) FROM meting m WHERE m.indicator_id = p.id) AS laatste_periode_voorganger
FROM vervanging v
JOIN indicator o ON o.id = v.opvolger_id
LEFT JOIN indicator p ON p.id = v.voorganger_id;

-- Indicators that left the specification, kept with their measurements.
CREATE VIEW gearchiveerde_indicator AS
SELECT i.sleutel AS indicator, i.titel, i.gearchiveerd_op, i.doel_titel AS laatst_bij_doel,
       (SELECT o.sleutel FROM vervanging v JOIN indicator o ON o.id = v.opvolger_id WHERE v.voorganger_id = i.id) AS opvolger,
       (SELECT COUNT(*) FROM meting m WHERE m.indicator_id = i.id) AS aantal_metingen,
       (SELECT MAX(m.periode_eind) FROM meting m WHERE m.indicator_id = i.id) AS laatste_periode_eind
FROM indicator i
WHERE i.actief = 0;
