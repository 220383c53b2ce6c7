-- The IP trading market (产权交易): listings, buy requests, negotiations, deals, auctions with bids, and the
-- deposit accounts that back bidding.
create table market_listing (
    id                bigserial     primary key,
    asset_id          bigint        not null,
    asset_number      varchar(64)   not null,
    asset_title       varchar(500)  not null,
    ip_kind           varchar(24)   not null,
    ipc_section       varchar(1),
    industry_code     varchar(2),
    lister_org_id     bigint        not null,
    listing_type      varchar(24)   not null,
    price_mode        varchar(16)   not null,
    asking_price      numeric(19,2),
    description       varchar(2000) not null,
    status            varchar(24)   not null,
    pledgee_org_id    bigint,
    consent_by        varchar(64),
    consent_at        timestamp with time zone,
    reviewed_by       varchar(64),
    review_note       varchar(500),
    created_by        varchar(64)   not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null default 0
);
create index market_listing_status_idx on market_listing (status, updated_at desc);
create index market_listing_lister_idx on market_listing (lister_org_id);
create index market_listing_pledgee_idx on market_listing (pledgee_org_id);

create table market_buy_request (
    id              bigserial     primary key,
    org_id          bigint        not null,
    ip_kind         varchar(24),
    industry_code   varchar(2),
    keywords        varchar(200)  not null,
    budget_min      numeric(19,2),
    budget_max      numeric(19,2),
    note            varchar(1000),
    status          varchar(16)   not null,
    created_by      varchar(64)   not null,
    created_at      timestamp with time zone not null,
    version         bigint        not null default 0
);
create index market_buy_request_org_idx on market_buy_request (org_id);

create table market_negotiation (
    id                bigserial     primary key,
    listing_id        bigint        not null references market_listing (id),
    buyer_org_id      bigint        not null,
    seller_org_id     bigint        not null,
    state             varchar(16)   not null,
    pending_price     numeric(19,2),
    pending_side      varchar(8),
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null default 0
);
create index market_negotiation_buyer_idx on market_negotiation (buyer_org_id);
create index market_negotiation_seller_idx on market_negotiation (seller_org_id);

create table market_negotiation_entry (
    id              bigserial     primary key,
    negotiation_id  bigint        not null references market_negotiation (id) on delete cascade,
    kind            varchar(16)   not null,
    side            varchar(8)    not null,
    price           numeric(19,2),
    text            varchar(2000),
    author          varchar(64)   not null,
    occurred_at     timestamp with time zone not null
);
create index market_negotiation_entry_idx on market_negotiation_entry (negotiation_id, occurred_at);

create table market_auction (
    id                  bigserial     primary key,
    listing_id          bigint        not null references market_listing (id),
    start_price         numeric(19,2) not null,
    increment           numeric(19,2) not null,
    reserve_price       numeric(19,2),
    deposit             numeric(19,2) not null,
    starts_at           timestamp with time zone not null,
    ends_at             timestamp with time zone not null,
    original_ends_at    timestamp with time zone not null,
    current_price       numeric(19,2),
    leading_org_id      bigint,
    bid_count           integer       not null default 0,
    status              varchar(16)   not null,
    closed_at           timestamp with time zone,
    version             bigint        not null default 0
);
create index market_auction_status_idx on market_auction (status, ends_at);
create index market_auction_listing_idx on market_auction (listing_id);

create table market_bid (
    id              bigserial     primary key,
    auction_id      bigint        not null references market_auction (id),
    bidder_org_id   bigint        not null,
    bidder_number   integer       not null,
    placed_by       varchar(64)   not null,
    amount          numeric(19,2) not null,
    placed_at       timestamp with time zone not null,
    unique (auction_id, amount)
);
create index market_bid_auction_idx on market_bid (auction_id, placed_at desc);

create table market_deal (
    id                    bigserial     primary key,
    listing_id            bigint        not null references market_listing (id),
    negotiation_id        bigint        references market_negotiation (id),
    auction_id            bigint        references market_auction (id),
    seller_org_id         bigint        not null,
    buyer_org_id          bigint        not null,
    price                 numeric(19,2) not null,
    state                 varchar(24)   not null,
    contract_number       varchar(64),
    contract_date         date,
    contract_price        numeric(19,2),
    transfer_submitted_on date,
    registration_number   varchar(64),
    registered_on         date,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    version               bigint        not null default 0
);
create index market_deal_seller_idx on market_deal (seller_org_id);
create index market_deal_buyer_idx on market_deal (buyer_org_id);

create table market_deposit_account (
    org_id      bigint        primary key,
    balance     numeric(19,2) not null default 0,
    frozen      numeric(19,2) not null default 0,
    updated_at  timestamp with time zone not null,
    version     bigint        not null default 0,
    check (frozen >= 0 and frozen <= balance)
);

create table market_deposit_hold (
    id          bigserial     primary key,
    org_id      bigint        not null references market_deposit_account (org_id),
    auction_id  bigint        not null references market_auction (id),
    amount      numeric(19,2) not null,
    status      varchar(16)   not null,
    created_at  timestamp with time zone not null,
    released_at timestamp with time zone,
    unique (org_id, auction_id)
);
create index market_deposit_hold_auction_idx on market_deposit_hold (auction_id, status);
