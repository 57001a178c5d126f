CREATE TABLE contact_raw (contact_id INTEGER, phone_txt VARCHAR, remark_txt VARCHAR);
INSERT INTO contact_raw VALUES (1, '(555) 123-4567', 'Call after 5pm, ask for Ann'), (2, '555.987.6543', 'aaa AAA aaa'), (3, NULL, NULL), (4, '+1 555 000 1111', 'no match here'), (5, 'ext 12', 'Alpha and ALPACA');
-- REGEXP_REPLACE(s, p, r): every occurrence; (s, p, r, 1, n, m): only the n-th match (0 = all);
-- match 'i' is case-insensitive, 'c' case-sensitive. Results written out per row (DuckDB has no
-- n-th occurrence replacement).
SELECT * FROM (VALUES
  (1, '5551234567', '(#) 123-4567', '(555) #-4567', 'C_ll _fter 5pm, _sk for _nn', 'C_ll _fter 5pm, _sk for Ann'),
  (2, '5559876543', '#.987.6543', '555.#.6543', '_ _ _', '_ AAA _'),
  (3, NULL, NULL, NULL, NULL, NULL),
  (4, '15550001111', '+# 555 000 1111', '+1 # 000 1111', 'no m_tch here', 'no m_tch here'),
  (5, '12', 'ext #', 'ext 12', '_lph_ _nd _LP_C_', 'Alph_ _nd ALPACA')
) AS t(contact_id, digits_only, first_masked, second_masked, remark_ci, remark_cs)
