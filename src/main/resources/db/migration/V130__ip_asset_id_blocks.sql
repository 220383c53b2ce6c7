-- Hibernate takes ip_asset and ip_legal_status_event ids in blocks of 50 (pooled-lo optimizer), so that an
-- import inserts its rows in JDBC batches. Each nextval reserves the 50 ids from the value it returns. An
-- insert that takes the column default still gets a fresh value and only leaves a gap.
alter sequence ip_asset_id_seq increment by 50;
alter sequence ip_legal_status_event_id_seq increment by 50;
