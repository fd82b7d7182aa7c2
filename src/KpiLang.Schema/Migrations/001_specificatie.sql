-- 001: the specification. Every row carries the file and span it was compiled from (bestand, regel, kolom,
-- eind_regel, eind_kolom; 1-based). The build rewrites these tables in one transaction, except 'indicator',
-- whose rows are kept by name (sleutel) so measurements never lose their indicator.

CREATE TABLE metadata (
    sleutel TEXT PRIMARY KEY,
    waarde  TEXT NOT NULL
){{WITHOUT ROWID}};

CREATE TABLE organisatie (
    id        {{ID}},
    naam      TEXT NOT NULL,
    titel     TEXT NOT NULL,
    missie    TEXT,
    visie     TEXT,
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL
);

CREATE TABLE actor (
    id           {{ID}},
    naam         TEXT NOT NULL,
    titel        TEXT NOT NULL,
    soort        TEXT CHECK (soort IN ('persoon', 'rol', 'team', 'orgaan', 'organisatie', 'aanbieder', 'partner')),
    niveau       TEXT CHECK (niveau IN ('uitvoering', 'tactisch', 'strategisch')),
    omschrijving TEXT,
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL
);
CREATE INDEX actor_naam ON actor (naam);

CREATE TABLE scope (
    id         {{ID}},
    naam       TEXT NOT NULL,
    titel      TEXT NOT NULL,
    dienst     TEXT,
    doelgroep  TEXT,
    effect     TEXT,
    eigenaar_id {{INTEGER}} REFERENCES actor (id),
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL
);

CREATE TABLE doel (
    id                   {{ID}},
    naam                 TEXT NOT NULL,
    titel                TEXT NOT NULL,
    bovenliggend_doel_id {{INTEGER}} REFERENCES doel (id),
    scope_id             {{INTEGER}} REFERENCES scope (id),
    niveau               TEXT CHECK (niveau IN ('uitvoering', 'tactisch', 'strategisch')),
    eigenaar_id          {{INTEGER}} REFERENCES actor (id),
    omschrijving         TEXT,
    volgorde             {{INTEGER}} NOT NULL,
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL
);
CREATE INDEX doel_bovenliggend ON doel (bovenliggend_doel_id);

CREATE TABLE inspanning (
    id          {{ID}},
    naam        TEXT NOT NULL,
    titel       TEXT NOT NULL,
    doel_id     {{INTEGER}} REFERENCES doel (id),
    eigenaar_id {{INTEGER}} REFERENCES actor (id),
    omschrijving TEXT,
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL
);
CREATE INDEX inspanning_doel ON inspanning (doel_id);

-- A network partner of an effort (DIN): a declared actor, or a party only named in quotes (actor_id NULL).
CREATE TABLE netwerkpartner (
    id            {{ID}},
    inspanning_id {{INTEGER}} NOT NULL REFERENCES inspanning (id),
    naam          TEXT NOT NULL,
    actor_id      {{INTEGER}} REFERENCES actor (id)
);
CREATE INDEX netwerkpartner_inspanning ON netwerkpartner (inspanning_id);

-- "Als <wie> wil ik inzicht in <inzicht> zodat <doel>"; actor_id is NULL when 'wie' is no declared actor.
CREATE TABLE user_story (
    id            {{ID}},
    inspanning_id {{INTEGER}} NOT NULL REFERENCES inspanning (id),
    wie           TEXT NOT NULL,
    actor_id      {{INTEGER}} REFERENCES actor (id),
    inzicht_in    TEXT NOT NULL,
    zodat         TEXT NOT NULL,
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL
);
CREATE INDEX user_story_inspanning ON user_story (inspanning_id);

-- Indicators are kept across builds by 'sleutel' (the name in the specification). An indicator that leaves the
-- specification is archived (actief = 0, gearchiveerd_op set), never deleted, so its measurements stay.
CREATE TABLE indicator (
    id              {{ID}},
    sleutel         TEXT NOT NULL UNIQUE,
    titel           TEXT NOT NULL,
    definitie       TEXT,
    laag            TEXT CHECK (laag IN ('impact', 'activiteit', 'kwaliteit')),
    soort           TEXT CHECK (soort IN ('aantal', 'percentage', 'score', 'bedrag', 'duur', 'ja/nee', 'kwalitatief')),
    schaal_min      {{REAL}},
    schaal_max      {{REAL}},
    eenheid         TEXT,
    bron            TEXT,
    methode         TEXT CHECK (methode IN ('registratie', 'enquete', 'steekproef', 'interview', 'dossieronderzoek', 'observatie', 'reflectie', 'open_data')),
    frequentie      TEXT,
    keer_per_jaar   {{REAL}} CHECK (keer_per_jaar IS NULL OR keer_per_jaar >= 0),
    richting        TEXT CHECK (richting IN ('hoger', 'lager', 'binnen')),
    eigenaar_id     {{INTEGER}} REFERENCES actor (id),
    eigenaar_naam   TEXT,
    bekostiging     TEXT,
    scope_id        {{INTEGER}} REFERENCES scope (id),
    doel_id         {{INTEGER}} REFERENCES doel (id),
    inspanning_id   {{INTEGER}} REFERENCES inspanning (id),
    doel_titel      TEXT,
    actief          {{INTEGER}} NOT NULL DEFAULT 1 CHECK (actief IN (0, 1)),
    eerst_gebouwd_op TEXT NOT NULL,
    gearchiveerd_op TEXT,
    volgorde        {{INTEGER}} NOT NULL DEFAULT 0,
    bestand   TEXT NOT NULL, regel {{INTEGER}} NOT NULL, kolom {{INTEGER}} NOT NULL, eind_regel {{INTEGER}} NOT NULL, eind_kolom {{INTEGER}} NOT NULL,
    CHECK (schaal_min IS NULL OR schaal_max IS NULL OR schaal_min < schaal_max),
    CHECK ((actief = 1) = (gearchiveerd_op IS NULL))
);
CREATE INDEX indicator_doel ON indicator (doel_id);
CREATE INDEX indicator_inspanning ON indicator (inspanning_id);
CREATE INDEX indicator_eigenaar ON indicator (eigenaar_id);

-- The dimensions an indicator is broken down by (per wijk, per aanbieder, ...).
CREATE TABLE uitsplitsing (
    indicator_id {{INTEGER}} NOT NULL REFERENCES indicator (id),
    dimensie     TEXT NOT NULL,
    PRIMARY KEY (indicator_id, dimensie)
){{WITHOUT ROWID}};

CREATE TABLE nulmeting (
    indicator_id {{INTEGER}} PRIMARY KEY REFERENCES indicator (id),
    waarde       {{REAL}},
    eenheid      TEXT,
    datum        TEXT CHECK (datum IS NULL OR {{DATE_VALID(datum)}}),
    gepland_op   TEXT CHECK (gepland_op IS NULL OR {{DATE_VALID(gepland_op)}}),
    CHECK (waarde IS NOT NULL OR gepland_op IS NOT NULL)
);

-- A target. 'waarde' is the number to compare with when the specification alone determines it (absolute, or
-- relative to the baseline); targets relative to a benchmark or the previous period have only 'omschrijving'.
CREATE TABLE streefwaarde (
    id              {{ID}},
    indicator_id    {{INTEGER}} NOT NULL REFERENCES indicator (id),
    volgnummer      {{INTEGER}} NOT NULL,
    vergelijking    TEXT NOT NULL CHECK (vergelijking IN ('minimaal', 'maximaal', 'meer_dan', 'minder_dan', 'precies', 'tussen')),
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
    CHECK (vergelijking <> 'tussen' OR waarde IS NULL OR waarde_tot IS NULL OR waarde <= waarde_tot)
);

CREATE TABLE streefwaarde_afgesproken_met (
    streefwaarde_id {{INTEGER}} NOT NULL REFERENCES streefwaarde (id),
    actor_id        {{INTEGER}} NOT NULL REFERENCES actor (id),
    PRIMARY KEY (streefwaarde_id, actor_id)
){{WITHOUT ROWID}};

-- Deliberately non-SMART: criteria that say when a goal, effort or indicator is achieved.
CREATE TABLE acceptatiecriterium (
    id            {{ID}},
    doel_id       {{INTEGER}} REFERENCES doel (id),
    inspanning_id {{INTEGER}} REFERENCES inspanning (id),
    indicator_id  {{INTEGER}} REFERENCES indicator (id),
    volgnummer    {{INTEGER}} NOT NULL,
    tekst         TEXT NOT NULL,
    CHECK ({{ONE_OF(doel_id, inspanning_id, indicator_id)}})
);

-- Herijking: how often, by whom and when next, for the organisation, a scope, a goal or an indicator.
CREATE TABLE herijking (
    id             {{ID}},
    organisatie_id {{INTEGER}} REFERENCES organisatie (id),
    scope_id       {{INTEGER}} REFERENCES scope (id),
    doel_id        {{INTEGER}} REFERENCES doel (id),
    indicator_id   {{INTEGER}} REFERENCES indicator (id),
    frequentie     TEXT NOT NULL,
    keer_per_jaar  {{REAL}} NOT NULL CHECK (keer_per_jaar >= 0),
    door_actor_id  {{INTEGER}} REFERENCES actor (id),
    volgende       TEXT CHECK (volgende IS NULL OR {{DATE_VALID(volgende)}}),
    CHECK ({{ONE_OF(organisatie_id, scope_id, doel_id, indicator_id)}})
);

-- Who enters (invoer), views (inzage), reports (rapportage) or discusses (bespreking) a goal or an indicator,
-- and how often.
CREATE TABLE publiek (
    id            {{ID}},
    actor_id      {{INTEGER}} NOT NULL REFERENCES actor (id),
    rol           TEXT NOT NULL CHECK (rol IN ('invoer', 'inzage', 'rapportage', 'bespreking')),
    doel_id       {{INTEGER}} REFERENCES doel (id),
    indicator_id  {{INTEGER}} REFERENCES indicator (id),
    frequentie    TEXT,
    keer_per_jaar {{REAL}} CHECK (keer_per_jaar IS NULL OR keer_per_jaar >= 0),
    CHECK ({{ONE_OF(doel_id, indicator_id)}})
);
CREATE INDEX publiek_actor ON publiek (actor_id);
CREATE INDEX publiek_indicator ON publiek (indicator_id);

-- What an actor can really influence (beïnvloedt): a goal, effort or indicator, by kind and name.
CREATE TABLE invloed (
    actor_id     {{INTEGER}} NOT NULL REFERENCES actor (id),
    object_soort TEXT NOT NULL CHECK (object_soort IN ('doel', 'inspanning', 'indicator', 'scope', 'organisatie', 'actor')),
    object_naam  TEXT NOT NULL
);
CREATE INDEX invloed_actor ON invloed (actor_id);

-- "gekoppeld aan": an impact indicator linked to the activity and quality indicators that explain it.
CREATE TABLE indicator_koppeling (
    van_indicator_id  {{INTEGER}} NOT NULL REFERENCES indicator (id),
    naar_indicator_id {{INTEGER}} NOT NULL REFERENCES indicator (id),
    PRIMARY KEY (van_indicator_id, naar_indicator_id)
){{WITHOUT ROWID}};

-- "vervangt": the successor replaces a predecessor. voorganger_id points to the predecessor's row, which is
-- kept (active or archived) with its measurements; it is NULL only when the predecessor never had a row.
CREATE TABLE vervanging (
    opvolger_id    {{INTEGER}} PRIMARY KEY REFERENCES indicator (id),
    voorganger_sleutel TEXT NOT NULL,
    voorganger_id  {{INTEGER}} REFERENCES indicator (id),
    per            TEXT CHECK (per IS NULL OR {{DATE_VALID(per)}}),
    reden          TEXT
);
CREATE INDEX vervanging_voorganger ON vervanging (voorganger_id);

-- Indexes for the joins people make from the views and the example queries in docs/schema.md.
CREATE INDEX doel_eigenaar ON doel (eigenaar_id);
CREATE INDEX inspanning_eigenaar ON inspanning (eigenaar_id);
CREATE INDEX publiek_doel ON publiek (doel_id);
CREATE INDEX herijking_indicator ON herijking (indicator_id);
CREATE INDEX herijking_doel ON herijking (doel_id);
CREATE INDEX acceptatiecriterium_indicator ON acceptatiecriterium (indicator_id);
CREATE INDEX indicator_koppeling_naar ON indicator_koppeling (naar_indicator_id);
