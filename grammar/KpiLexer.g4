// Lexicon of the .kpi language. Keywords are Dutch and lower case; identifiers may hold any letter,
// including diacritics (beïnvloedt, coördinator). Whitespace and comments go to the hidden channel so
// the syntax tree can keep them as trivia and the formatter can round-trip comments.
lexer grammar KpiLexer;

// --- words ---------------------------------------------------------------------------------------
// Every word is an IDENTIFIER here. Which words are keywords, and where, is decided after lexing by the keyword table
// (src/KpiLang.Core/Syntax/Keywords/KeywordTable.cs), the one place a keyword is spelled: a property key is a key only
// where ':' follows, a declaration keyword only where a declaration can start (soft keywords, as Roslyn's
// contextual keywords), so 'actor bron' and 'eigenaar: doelgroep' are names. The token types the table gives words are
// declared in KpiParser.g4. Only 'ja/nee', a word with a slash in it, is spelled here, because a lexer rule must
// keep it one token.
JA_NEE          : 'ja/nee';

// --- literals --------------------------------------------------------------------------------------
DATE            : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT;
// Separators are taken as written ("2.900", "64,3", "4.000.000", even "1.2.3"); the binder reads them by the Dutch
// rule (NumberReader) and refuses what cannot be read without guessing, so "7.5" is one clear error, not 7 and 5.
NUMBER          : DIGIT+ ([.,] DIGIT+)*;
STRING          : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
// A string that runs to the end of the line: reported by the parser with a clear message, never a crash.
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])*;
// A text in typographic quotes, as a word processor writes it (“Titel”, „Titel”): one token, so the repair pass can
// report it once and the declaration still binds, instead of every word of the title being an error.
TYPOGRAPHIC_STRING : [\u201C\u201D\u201E] ~[\u201C\u201D"\r\n]* [\u201C\u201D"];
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
