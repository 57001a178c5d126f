/* LPAD/RPAD (truncate when longer, multi-character fill) and LTRIM/RTRIM with a set of characters */
CREATE MULTISET TABLE fn_db.codes ,NO FALLBACK
(
    id    INTEGER NOT NULL,
    s     VARCHAR(20) CHARACTER SET LATIN,
    n     INTEGER
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.codes VALUES (1, 'ab',       7);
INSERT INTO fn_db.codes VALUES (2, 'abcdefgh', 123456);
INSERT INTO fn_db.codes VALUES (3, 'xyxAxy',   -5);
INSERT INTO fn_db.codes VALUES (4, '0.0120.0', 0);
INSERT INTO fn_db.codes VALUES (5, NULL,       NULL);

CREATE MULTISET TABLE fn_db.result_pad_trim
(
    id       INTEGER,
    lp0      VARCHAR(20),
    lp_ab    VARCHAR(20),
    rp_dot   VARCHAR(20),
    rp_blank VARCHAR(20),
    zpad     VARCHAR(20),
    lt_xy    VARCHAR(20),
    rt_z     VARCHAR(20)
)
PRIMARY INDEX ( id );

INSERT INTO fn_db.result_pad_trim
SELECT id,
       LPAD(s, 5, '0'),
       LPAD(s, 7, 'ab'),
       RPAD(s, 6, '.'),
       RPAD(s, 4) || '|',
       LPAD(CAST(n AS VARCHAR(10)), 6, '0'),
       LTRIM(s, 'xy'),
       RTRIM(s, '0.')
FROM fn_db.codes;
