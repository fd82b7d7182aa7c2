// Lexicon of the .kpi language. Keywords are Dutch and lower case; identifiers may hold any letter,
// including diacritics (beïnvloedt, coördinator). Whitespace and comments go to the hidden channel so
// the syntax tree can keep them as trivia and the formatter can round-trip comments.
lexer grammar KpiLexer;

// --- structure -------------------------------------------------------------------------------------
IMPORTEER       : 'importeer';
ORGANISATIE     : 'organisatie';
SCOPE           : 'scope';
ACTOR           : 'actor';
DOEL            : 'doel';
INSPANNING      : 'inspanning';
INDICATOR       : 'indicator';
// A monitoring figure (kengetal, signaalindicator): followed on purpose, without a target.
KENGETAL        : 'kengetal';

// --- property keys ---------------------------------------------------------------------------------
MISSIE          : 'missie';
VISIE           : 'visie';
DIENST          : 'dienst';
DOELGROEP       : 'doelgroep';
EFFECT          : 'effect';
OMSCHRIJVING    : 'omschrijving';
TOELICHTING     : 'toelichting';
DEFINITIE       : 'definitie';
BRON            : 'bron';
BEKOSTIGING     : 'bekostiging';
NIVEAU          : 'niveau';
LAAG            : 'laag';
METHODE         : 'methode';
RICHTING        : 'richting';
SOORT           : 'soort';
EENHEID         : 'eenheid';
BEINVLOEDT      : 'beïnvloedt' | 'beinvloedt';
EIGENAAR        : 'eigenaar';
BETROKKEN       : 'betrokken';
PARTNERS        : 'partners';
UITSPLITSING    : 'uitsplitsing';
GEKOPPELD       : 'gekoppeld';
FREQUENTIE      : 'frequentie';
INVOER          : 'invoer';
INZAGE          : 'inzage';
BESPREKING      : 'bespreking';
RAPPORTAGE      : 'rapportage';
VERHAAL         : 'verhaal';
NULMETING       : 'nulmeting';
STREEFWAARDE    : 'streefwaarde';
DISCLAIMER      : 'disclaimer';
AFGESPROKEN     : 'afgesproken';
ACCEPTATIECRITERIA : 'acceptatiecriteria';
HERIJKING       : 'herijking';
VERVANGT        : 'vervangt';
CODE            : 'code';
RAMING          : 'raming';
NORM            : 'norm';
AANBIEDERS      : 'aanbieders';

// --- words inside values ---------------------------------------------------------------------------
ALS             : 'als';
WIL             : 'wil';
WILLEN          : 'willen';
IK              : 'ik';
WE              : 'we';
INZICHT         : 'inzicht';
ZODAT           : 'zodat';
AAN             : 'aan';
MET             : 'met';
IN              : 'in';
OP              : 'op';
PER             : 'per';
OVER            : 'over';
KEER            : 'keer';
ELKE            : 'elke' | 'elk';
DOOR            : 'door';
VOLGENDE        : 'volgende';
OMDAT           : 'omdat';
TUSSEN          : 'tussen';
EN              : 'en';
MINIMAAL        : 'minimaal';
MAXIMAAL        : 'maximaal';
PRECIES         : 'precies';
UITERLIJK       : 'uiterlijk';
VANAF           : 'vanaf';
VAN             : 'van';
TOT             : 'tot';
VORIGE          : 'vorige';
PERIODE         : 'periode';
BENCHMARK       : 'benchmark';
PROCENTPUNT     : 'procentpunt' | 'procentpunten';
JA_NEE          : 'ja/nee';
// Comparisons and terms as indicator tables write them.
BINNEN          : 'binnen';
HOGER           : 'hoger';
BETER           : 'beter';
LAGER           : 'lager';
GELIJK          : 'gelijk';
DAN             : 'dan';
TOENAME         : 'toename' | 'stijging';
AFNAME          : 'afname' | 'daling';
STABIEL         : 'stabiel';
GEMIDDELD       : 'gemiddeld';
STEEDS          : 'steeds' | 'altijd';
VOOR            : 'voor';
NA              : 'na';
EIND            : 'eind';
MEDIO           : 'medio';
SCHOOLJAAR      : 'schooljaar';

// --- literals --------------------------------------------------------------------------------------
DATE            : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
// Separators are taken as written ("2.900", "64,3", "4.000.000", even "1.2.3"); the binder reads them by the Dutch
// rule (NumberReader) and refuses what cannot be read without guessing, so "7.5" is one clear error, not 7 and 5.
NUMBER          : DIGIT+ ([.,] DIGIT+)*;
STRING          : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
// A string that runs to the end of the line: reported by the parser with a clear message, never a crash.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])*;
IDENTIFIER      : LETTER (LETTER | MARK | DIGIT)*;

// --- punctuation -----------------------------------------------------------------------------------
LBRACE          : '{';
RBRACE          : '}';
COLON           : ':';
COMMA           : ',';
DOTDOT          : '..';
PLUS            : '+';
MINUS           : '-';
GREATER_EQUAL   : '>=' | '≥';
LESS_EQUAL      : '<=' | '≤';
GREATER         : '>';
LESS            : '<';
EQUALS          : '=';
PERCENT         : '%';
EURO            : '€';

// --- trivia ----------------------------------------------------------------------------------------
LINE_COMMENT    : '//' ~[\r\n]*          -> channel(HIDDEN);
BLOCK_COMMENT   : '/*' .*? ('*/' | EOF)  -> channel(HIDDEN);
NEWLINE         : ('\r'? '\n' | '\r')    -> channel(HIDDEN);
WHITESPACE      : [ \t\u00A0\uFEFF]+     -> channel(HIDDEN);

// Anything else becomes one token the parser reports as "onverwacht teken"; the lexer never fails.
UNKNOWN_CHAR    : .;

fragment DIGIT  : [0-9];
fragment LETTER : [\p{L}_];
fragment MARK   : [\p{M}];
