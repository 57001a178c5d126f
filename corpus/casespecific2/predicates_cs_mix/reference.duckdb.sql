CREATE TABLE tickets (id INTEGER, status VARCHAR, code VARCHAR, note VARCHAR);
INSERT INTO tickets VALUES (1, 'Open', 'AbC', 'urgent: fix'), (2, 'OPEN  ', 'abc', 'Urgent'), (3, 'closed', 'ABC', 'later'), (4, 'Pending', 'AbC ', 'URGENT later'), (5, NULL, NULL, NULL);
SELECT 'ncs_eq' AS check_name, COUNT(*)::INTEGER AS cnt, SUM(id)::INTEGER AS id_sum FROM tickets WHERE upper(rtrim(status)) = 'OPEN'
UNION ALL SELECT 'ncs_in', COUNT(*), SUM(id) FROM tickets WHERE upper(rtrim(status)) IN ('PENDING', 'CLOSED')
UNION ALL SELECT 'ncs_like', COUNT(*), SUM(id) FROM tickets WHERE upper(note) LIKE 'URGENT%'
UNION ALL SELECT 'ncs_case', COUNT(*), SUM(id) FROM tickets WHERE CASE WHEN upper(rtrim(status)) = 'OPEN' THEN 1 WHEN upper(status) LIKE 'C%' THEN 2 ELSE 3 END = 2
UNION ALL SELECT 'cs_eq', COUNT(*), SUM(id) FROM tickets WHERE rtrim(code) = 'AbC'
UNION ALL SELECT 'cs_like', COUNT(*), SUM(id) FROM tickets WHERE code LIKE 'a%'
UNION ALL SELECT 'cs_override_ncs', COUNT(*), SUM(id) FROM tickets WHERE upper(rtrim(code)) = 'ABC'
UNION ALL SELECT 'ncs_override_cs', COUNT(*), SUM(id) FROM tickets WHERE rtrim(status) = 'Open'
UNION ALL SELECT 'cs_upper', COUNT(*), SUM(id) FROM tickets WHERE upper(rtrim(code)) = 'ABC'
