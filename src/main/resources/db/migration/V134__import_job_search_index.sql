-- An import stores its rows with COPY and set-based SQL and adds them to the search index afterwards, in the
-- background. The job records when its rows were stored and whether, and when, the search index has them.
alter table import_job add column stored_at timestamp with time zone;
alter table import_job add column search_index varchar(16);
alter table import_job add column indexed_at timestamp with time zone;
