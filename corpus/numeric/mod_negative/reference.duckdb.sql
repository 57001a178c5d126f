CREATE TABLE vals (id INTEGER, x INTEGER, amt DECIMAL(6,1));
INSERT INTO vals VALUES (1, 17, 7.5), (2, -17, -7.5), (3, 8, 4.0), (4, -8, 0.5), (5, 0, NULL), (6, NULL, 3.0), (7, -3, -2.0);
CREATE TABLE r (tag VARCHAR, id INTEGER, m_pos INTEGER, m_neg INTEGER, m_amt DECIMAL(6,1));
INSERT INTO r SELECT 'ALL', id, x - 4 * CAST(trunc(x::DOUBLE / 4) AS INTEGER), x - (-4) * CAST(trunc(x::DOUBLE / -4) AS INTEGER), amt - 2 * trunc(amt / 2) FROM vals;
INSERT INTO r SELECT 'ODD', id, NULL, NULL, NULL FROM vals WHERE x - 2 * CAST(trunc(x::DOUBLE / 2) AS INTEGER) = 1;
SELECT * FROM r
