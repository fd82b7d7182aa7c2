// Syntax of the .kpi language. Every declaration has the same shape:
//     <soort> <naam> "<titel>" { <leden> }
// and every property reads as  <sleutel>: <waarde>. Which member may stand where (a 'partners' inside an
// indicator, say) is checked by the binder, so the parser recovers well and the messages can be specific.
parser grammar KpiParser;

options { tokenVocab = KpiLexer; }

// Imports belong at the top; one further down still parses (so it resolves) and the binder says where it goes.
compilationUnit
    : (importDirective | member)* EOF
    ;

importDirective
    : IMPORTEER path=STRING
    ;

member
    : declaration
    | property
    ;

declaration
    : keyword=declarationKeyword name=identifier title=text? block?
    ;

declarationKeyword
    : ORGANISATIE | SCOPE | ACTOR | DOEL | INSPANNING | INDICATOR | KENGETAL
    ;

block
    : LBRACE member* RBRACE
    ;

property
    : key=textKey COLON text                                                    # textProperty
    | key=choiceKey COLON choice=identifier                                     # choiceProperty
    | SOORT COLON indicatorKind                                                 # kindProperty
    | EENHEID COLON unit                                                        # unitProperty
    | key=referenceKey COLON referenceList                                      # referenceProperty
    | FREQUENTIE COLON frequency                                                # frequencyProperty
    | key=audienceKey COLON audience (COMMA audience)*                          # audienceProperty
    | VERHAAL COLON userStory                                                   # storyProperty
    | NULMETING COLON (quantity moment? | moment)                               # baselineProperty
    | STREEFWAARDE COLON target block?                                          # targetProperty
    | ACCEPTATIECRITERIA COLON (MINUS text)+                                    # acceptanceProperty
    | HERIJKING COLON frequency (DOOR reviewer=identifier)? COMMA? (VOLGENDE next=DATE)? # reviewProperty
    | VERVANGT COLON replaced=identifier (PER since=DATE)? (OMDAT reason=text)? # replacementProperty
    | RAMING COLON quantity moment?                                             # forecastProperty
    | NORM COLON BINNEN quantity (NA after=text)?                               # normProperty
    ;

textKey
    : MISSIE | VISIE | DIENST | DOELGROEP | EFFECT | OMSCHRIJVING | TOELICHTING | DEFINITIE | BRON
    | BEKOSTIGING | DISCLAIMER | CODE
    ;

choiceKey
    : NIVEAU | LAAG | METHODE | RICHTING
    ;

referenceKey
    : EIGENAAR | BETROKKEN | BEINVLOEDT | PARTNERS | UITSPLITSING | GEKOPPELD AAN | AFGESPROKEN MET | AANBIEDERS
    ;

audienceKey
    : INVOER | INZAGE | BESPREKING | RAPPORTAGE
    ;

// --- values ----------------------------------------------------------------------------------------

text
    : (STRING | UNTERMINATED_STRING)+
    ;

referenceList
    : reference (COMMA reference)*
    ;

// A name that must resolve to a declaration, or a quoted name for a party that is not declared (a network partner).
reference
    : identifier
    | text
    ;

indicatorKind
    : JA_NEE                                        # yesNoKind
    | kind=kindWord (low=NUMBER DOTDOT high=NUMBER)? rate? # namedKind
    ;

// "per 1.000 inwoners", "per inwoner": a rate with its base and population.
rate
    : PER base=NUMBER? population=reference
    ;

// 'organisatie' is a declaration keyword but also the natural word for an actor that is an organisation.
kindWord
    : identifier
    | ORGANISATIE
    ;

unit
    : PERCENT
    | EURO
    | identifier
    | text
    ;

quantity
    : EURO? NUMBER unit?
    ;

moment
    : OP DATE
    | IN NUMBER
    ;

frequency
    : word=identifier                               # namedFrequency
    | count=NUMBER KEER PER period=identifier       # timesPerPeriod
    | ELKE count=NUMBER? period=identifier          # everyPeriod
    ;

audience
    : who=identifier frequency?
    ;

userStory
    : ALS who=identifier (WIL IK | WILLEN WE) INZICHT IN insight=text COMMA? ZODAT purpose=text
    ;

// "gemiddeld maximaal 20 werkdagen", "minimaal 60 % voor jongeren in 2026", "toename eind 2026"
target
    : statistic=(GEMIDDELD | STEEDS)? comparison (VOOR group=reference)? window? timeBound?
    ;

comparison
    : comparator operand                            # compareTo
    | TUSSEN low=operand EN high=operand            # between
    | direction=(TOENAME | AFNAME | STABIEL)         # directionOnly
    | operand                                       # bareValue
    ;

comparator
    : GREATER_EQUAL | LESS_EQUAL | GREATER | LESS | EQUALS | MINIMAAL | MAXIMAAL | PRECIES | BINNEN
    | HOGER DAN | LAGER DAN | GELIJK AAN | BETER DAN
    ;

operand
    : quantity                                      # absoluteOperand
    | referenceValue (sign=(PLUS | MINUS) delta=quantity PROCENTPUNT?)? # relativeOperand
    ;

referenceValue
    : NULMETING                                     # baselineReference
    | VORIGE PERIODE                                # previousPeriodReference
    | BENCHMARK text                                # benchmarkReference
    | NIVEAU VAN year=NUMBER                        # yearReference
    ;

window
    : PER period=identifier                         # ratePerPeriod
    | OVER count=NUMBER period=identifier           # cumulativeWindow
    ;

// Every form after 'in' is one alternative, so a half-typed "in" is kept (and completed) rather than skipped.
timeBound
    : IN (part=identifier? year=NUMBER | SCHOOLJAAR year=NUMBER MINUS until=NUMBER) # inTerm
    | SCHOOLJAAR year=NUMBER MINUS until=NUMBER     # schoolYear
    | (EIND | MEDIO) year=NUMBER                    # endOrMiddleOfYear
    | UITERLIJK pointInTime                         # deadline
    | VANAF pointInTime                             # startingFrom
    | VAN from=pointInTime TOT until=pointInTime    # fromUntil
    ;

pointInTime
    : DATE
    | NUMBER
    ;

// Words that only mean something inside one kind of value may still be used as names.
identifier
    : IDENTIFIER
    | INZICHT | PERIODE | VORIGE | BENCHMARK
    | BINNEN | HOGER | LAGER          // values of 'richting:'
    | CODE | RAMING | NORM | AANBIEDERS // newer property keys, so older names stay valid ('actor aanbieders')
    ;
