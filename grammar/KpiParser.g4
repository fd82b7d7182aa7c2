// Syntax of the .kpi language. Every declaration has the same shape:
//     <soort> <naam> "<titel>" { <leden> }
// and every property reads as  <sleutel>: <waarde>. Which member may stand where (a 'partners' inside an
// indicator, say) is checked by the binder, so the parser recovers well and the messages can be specific.
parser grammar KpiParser;

options { tokenVocab = KpiLexer; }

// The lexer makes every word an IDENTIFIER; the keyword table (Syntax/Keywords/KeywordTable.cs) gives a word one of
// these types where it is a keyword. A property key's type is its form (the shape of its value), so a new property
// with an existing form needs no change here: only a row in the table.
tokens {
    // structure
    IMPORTEER, DECLARATION,
    // property keys, one type per form of value; KEY_TAIL is the second word of 'gekoppeld aan' and 'afgesproken met'
    TEXT_KEY, CHOICE_KEY, KIND_KEY, UNIT_KEY, REFERENCE_KEY, KEY_TAIL, FREQUENCY_KEY, AUDIENCE_KEY, STORY_KEY,
    BASELINE_KEY, TARGET_KEY, ACCEPTANCE_KEY, REVIEW_KEY, REPLACEMENT_KEY, FORECAST_KEY, NORM_KEY,
    // words inside values
    ALS, WIL, WILLEN, IK, WE, INZICHT, ZODAT, AAN, MET, IN, OP, PER, OVER, KEER, ELKE, DOOR, VOLGENDE, OMDAT,
    TUSSEN, EN, MINIMAAL, MAXIMAAL, PRECIES, UITERLIJK, VANAF, VAN, TOT, VORIGE, PERIODE, BENCHMARK, PROCENTPUNT,
    NULMETING, NIVEAU,
    // comparisons and terms as indicator tables write them
    BINNEN, HOGER, BETER, LAGER, GELIJK, DAN, TOENAME, AFNAME, STABIEL, GEMIDDELD, STEEDS, VOOR, NA, EIND, MEDIO, SCHOOLJAAR
}

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
    : keyword=DECLARATION name=identifier title=text? block?
    ;

block
    : LBRACE member* RBRACE
    ;

property
    : TEXT_KEY COLON text                                                       # textProperty
    | CHOICE_KEY COLON choice=identifier                                        # choiceProperty
    | KIND_KEY COLON indicatorKind                                              # kindProperty
    | UNIT_KEY COLON unit                                                       # unitProperty
    | referenceKey COLON referenceList                                          # referenceProperty
    | FREQUENCY_KEY COLON frequency                                             # frequencyProperty
    | AUDIENCE_KEY COLON audience (COMMA audience)*                             # audienceProperty
    | STORY_KEY COLON userStory                                                 # storyProperty
    | BASELINE_KEY COLON (quantity moment? | moment)                            # baselineProperty
    | TARGET_KEY COLON target block?                                            # targetProperty
    | ACCEPTANCE_KEY COLON (MINUS text)+                                        # acceptanceProperty
    | REVIEW_KEY COLON frequency (DOOR reviewer=identifier)? COMMA? (VOLGENDE next=DATE)? # reviewProperty
    | REPLACEMENT_KEY COLON replaced=identifier (PER since=DATE)? (OMDAT reason=text)? # replacementProperty
    | FORECAST_KEY COLON quantity moment?                                       # forecastProperty
    | NORM_KEY COLON BINNEN quantity (NA after=text)?                           # normProperty
    ;

// In a rule of its own, so a missing ':' after 'eigenaar' is "verwacht ':'", not "onverwacht" the next word.
referenceKey
    : REFERENCE_KEY KEY_TAIL?
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

// 'organisatie' is a declaration keyword but also the natural word for an actor that is an organisation: where it
// follows 'soort:' it is a name, as every soft keyword is outside its keyword position.
kindWord
    : identifier
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

// Words that only mean something inside one kind of value may still be used as names (the table's MayBeName).
// Property keys and declaration keywords are names anyway wherever they are not in keyword position.
identifier
    : IDENTIFIER
    | INZICHT | PERIODE | VORIGE | BENCHMARK
    | BINNEN | HOGER | LAGER          // values of 'richting:'
    | NULMETING                       // a key, and a value only where a comparison names it ('minimaal nulmeting')
    ;
