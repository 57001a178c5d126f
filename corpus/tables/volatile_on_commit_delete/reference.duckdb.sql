CREATE TABLE result_counts (step VARCHAR, row_cnt INTEGER);
INSERT INTO result_counts VALUES ('work_after_insert', 0), ('kept_after_insert', 1), ('work_inside_bt', 2), ('work_after_et', 0);
SELECT step, row_cnt FROM result_counts
