-- Disposal through the market: a default case links to the disposal-sale listing it opened and to the market deal
-- whose contract brought the proceeds. disposal_listing_ref keeps the free-text references of cases started before
-- the listing link existed; new cases leave it empty.
alter table default_case add column disposal_listing_id bigint;
alter table default_case add column disposal_asset_id bigint;
alter table default_case add column proceeds_deal_id bigint;
create unique index default_case_disposal_listing_idx on default_case (disposal_listing_id);
create unique index default_case_proceeds_deal_idx on default_case (proceeds_deal_id);
