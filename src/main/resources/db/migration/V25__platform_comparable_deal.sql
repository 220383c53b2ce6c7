-- Deals closed on the platform's own market, kept by valuation as comparable transactions for the market
-- approach. One row per deal; the deal id comes from the market's DealClosed event, so a redelivered event
-- finds its row and adds nothing.
create table valuation_platform_deal (
    deal_id        bigint        primary key,
    listing_id     bigint        not null,
    asset_id       bigint        not null,
    ip_kind        varchar(30)   not null,
    ipc_section    varchar(1),
    industry_code  varchar(10),
    listing_type   varchar(30)   not null,
    price          numeric(18,2) not null check (price > 0),
    contract_date  date          not null,
    recorded_at    timestamp with time zone not null
);

create index valuation_platform_deal_kind_date_ix on valuation_platform_deal (ip_kind, contract_date desc);
