-- 002: measurements. Never deleted or rewritten by a build: the build only adds and updates the specification.
CREATE TABLE meting (
    id                 {{ID}},
    indicator_id       {{INTEGER}} NOT NULL REFERENCES indicator (id) ON DELETE RESTRICT,
    periode_begin      TEXT NOT NULL CHECK ({{DATE_VALID(periode_begin)}}),
    periode_eind       TEXT NOT NULL CHECK ({{DATE_VALID(periode_eind)}}),
    uitsplitsing       TEXT NOT NULL DEFAULT '',
    waarde             {{REAL}},
    teller             {{REAL}},
    noemer             {{REAL}} CHECK (noemer IS NULL OR noemer > 0),
    tekst              TEXT,
    bron               TEXT,
    status             TEXT NOT NULL DEFAULT 'definitief' CHECK (status IN ('voorlopig', 'definitief')),
    ingevoerd_door     TEXT,
    ingevoerd_op       TEXT NOT NULL,
    CHECK (periode_begin <= periode_eind),
    CHECK (waarde IS NOT NULL OR tekst IS NOT NULL),
    UNIQUE (indicator_id, periode_begin, periode_eind, uitsplitsing)
);
CREATE INDEX meting_indicator_periode ON meting (indicator_id, periode_eind);
