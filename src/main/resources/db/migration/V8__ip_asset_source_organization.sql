-- The organisation whose import or entry created a record: besides the owner, only it may update the record
-- by importing it again.
alter table ip_asset add column source_organization_id bigint;
