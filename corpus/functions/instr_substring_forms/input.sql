/* INSTR with start position and occurrence; SUBSTRING ... FROM ... [FOR ...] forms, past the end,
   and on a CHAR(n) column whose pads are part of the value */
CREATE MULTISET TABLE fn_db.paths ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    p     VARCHAR(30) CHARACTER SET LATIN,
    c     CHAR(6) CHARACTER SET LATIN
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.paths VALUES (1, 'a/b/c/d',   'AB');
INSERT INTO fn_db.paths VALUES (2, 'root',      'ABCDEF');
INSERT INTO fn_db.paths VALUES (3, '//x',       'Q');
INSERT INTO fn_db.paths VALUES (4, NULL,        NULL);

CREATE MULTISET TABLE fn_db.result_instr_sub
(
    id          INTEGER,
    first_sl    INTEGER,
    sl_from3    INTEGER,
    second_sl   INTEGER,
    third_sl    INTEGER,
    tail3       VARCHAR(30),
    mid         VARCHAR(30),
    past_end    VARCHAR(30),
    past_len    INTEGER,
    c_tail_len  INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_instr_sub
SELECT id,
       INSTR(p, '/'),
       INSTR(p, '/', 3),
       INSTR(p, '/', 1, 2),
       INSTR(p, '/', 1, 3),
       SUBSTRING(p FROM 3),
       SUBSTRING(p FROM 2 FOR 100),
       SUBSTRING(p FROM 40),
       CHARACTERS(SUBSTRING(p FROM 40)),
       CHARACTERS(SUBSTRING(c FROM 2))
FROM fn_db.paths;
