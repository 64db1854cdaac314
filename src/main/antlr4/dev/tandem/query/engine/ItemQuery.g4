/*
 * The item query language: conditions on fields joined by AND, OR, NOT and parentheses, then an optional ORDER BY.
 * Keywords ignore case; a value that is a keyword or holds spaces is quoted.
 */
grammar ItemQuery;

query : orExpr? (ORDER BY sortKey (COMMA sortKey)*)? EOF ;

orExpr : andExpr (OR andExpr)* ;

andExpr : notExpr (AND notExpr)* ;

notExpr : NOT notExpr | primary ;

primary : LPAREN orExpr RPAREN | condition ;

condition
    : field operator value                                        # compare
    | field NOT? IN (LPAREN value (COMMA value)* RPAREN | function) # inList
    | field IS NOT? (EMPTY | NULL)                                # empty
    ;

operator : EQ | NE | GT | LT | GE | LE | TILDE ;

field : WORD | STRING ;

value : function | WORD | STRING | SIGNED ;

function : WORD LPAREN (argument (COMMA argument)*)? RPAREN ;

argument : WORD | STRING | SIGNED ;

sortKey : field (ASC | DESC)? ;

AND : [aA] [nN] [dD] ;
OR : [oO] [rR] ;
NOT : [nN] [oO] [tT] ;
IN : [iI] [nN] ;
IS : [iI] [sS] ;
EMPTY : [eE] [mM] [pP] [tT] [yY] ;
NULL : [nN] [uU] [lL] [lL] ;
ORDER : [oO] [rR] [dD] [eE] [rR] ;
BY : [bB] [yY] ;
ASC : [aA] [sS] [cC] ;
DESC : [dD] [eE] [sS] [cC] ;

LPAREN : '(' ;
RPAREN : ')' ;
COMMA : ',' ;
EQ : '=' ;
NE : '!=' ;
GE : '>=' ;
LE : '<=' ;
GT : '>' ;
LT : '<' ;
TILDE : '~' ;

STRING : '"' ( '\\' . | ~["\\\r\n] )* '"' | '\'' ( '\\' . | ~['\\\r\n] )* '\'' ;
SIGNED : [+-] [0-9]+ ( '.' [0-9]+ )? [a-zA-Z]? ;
WORD : [\p{L}\p{N}_] [\p{L}\p{N}_\-.@:]* ;

WS : [ \t\r\n\u3000]+ -> skip ;
// anything else reaches the parser, which then names it and its position
UNEXPECTED : . ;
