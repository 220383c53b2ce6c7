-- Patent value index weights, valuation assignments with their history, and signed valuation reports.

-- Versioned weights of the patent value index PVD = α·LVD + β·TVD + γ·EVD. No official default exists for
-- α, β, γ or the indicator weights; version 1 below is the platform's own choice. It weights the legal degree
-- highest (α = 0.40) because a pledge fails first on legal defects, and technical and economic value equally
-- (β = γ = 0.30). Within each degree the weights sum to 1. A new version is a new row, never an update, so
-- every stored result names the weights it used.
create table valuation_weight_set (
    version         integer       primary key,
    alpha           numeric(7,6)  not null,
    beta            numeric(7,6)  not null,
    gamma           numeric(7,6)  not null,
    effective_from  date          not null,
    description     varchar(500)  not null,
    created_at      timestamp with time zone not null,
    constraint valuation_weight_set_sum_ck check (alpha + beta + gamma = 1)
);

create table valuation_indicator_weight (
    version    integer      not null references valuation_weight_set (version),
    indicator  varchar(40)  not null,
    weight     numeric(7,6) not null check (weight >= 0),
    primary key (version, indicator)
);

insert into valuation_weight_set (version, alpha, beta, gamma, effective_from, description, created_at)
values (1, 0.40, 0.30, 0.30, date '2026-01-01',
        'Platform default version 1; no official default weights exist.', timestamp with time zone '2026-01-01 00:00:00+08');

insert into valuation_indicator_weight (version, indicator, weight) values
    (1, 'STABILITY', 0.25), (1, 'NON_AVOIDABILITY', 0.15), (1, 'DEPENDENCY', 0.10),
    (1, 'INFRINGEMENT_DETECTABILITY', 0.10), (1, 'REMAINING_TERM', 0.20), (1, 'MULTI_COUNTRY_FILING', 0.10),
    (1, 'LICENCE_STATUS', 0.10),
    (1, 'ADVANCEMENT', 0.25), (1, 'INDUSTRY_TREND', 0.15), (1, 'SCOPE_OF_APPLICATION', 0.20),
    (1, 'COMPLEMENTARY_DEPENDENCE', 0.10), (1, 'SUBSTITUTABILITY', 0.15), (1, 'MATURITY', 0.15),
    (1, 'MARKET_APPLICATION', 0.25), (1, 'MARKET_SIZE_OUTLOOK', 0.20), (1, 'MARKET_SHARE', 0.20),
    (1, 'COMPETITION', 0.15), (1, 'POLICY_FIT', 0.20);

-- A valuation assignment (评估委托) from an enterprise or bank to an evaluator organisation.
create table valuation_assignment (
    id                         bigserial     primary key,
    requester_organization_id  bigint        not null,
    evaluator_organization_id  bigint        not null,
    purpose                    varchar(500)  not null,
    status                     varchar(16)   not null,
    fee                        numeric(15,2),
    quote_note                 varchar(1000),
    requested_by               varchar(64)   not null,
    preparer_user_id           bigint,
    preparer_username          varchar(64),
    valuation_date             date,
    weights_version            integer,
    draft_input                text,
    asset_facts                text,
    reconciled_value           numeric(15,2),
    p10                        numeric(15,2),
    p50                        numeric(15,2),
    p90                        numeric(15,2),
    created_at                 timestamp with time zone not null,
    updated_at                 timestamp with time zone not null,
    version                    bigint        not null default 0
);
create index valuation_assignment_requester_idx on valuation_assignment (requester_organization_id);
create index valuation_assignment_evaluator_idx on valuation_assignment (evaluator_organization_id);

create table valuation_assignment_asset (
    assignment_id  bigint  not null references valuation_assignment (id) on delete cascade,
    position       integer not null,
    asset_id       bigint  not null,
    primary key (assignment_id, position)
);

-- Every transition: who, when, from which state to which, and why.
create table valuation_assignment_event (
    id                      bigserial     primary key,
    assignment_id           bigint        not null references valuation_assignment (id) on delete cascade,
    action                  varchar(16)   not null,
    from_status             varchar(16),
    to_status               varchar(16)   not null,
    actor_username          varchar(64)   not null,
    actor_organization_id   bigint        not null,
    detail                  varchar(1000),
    occurred_at             timestamp with time zone not null
);
create index valuation_assignment_event_idx on valuation_assignment_event (assignment_id, occurred_at);

-- The signed report: its number, the SHA-256 of the PDF bytes and the PDF itself.
create table valuation_report (
    id               bigserial     primary key,
    assignment_id    bigint        not null unique references valuation_assignment (id),
    report_number    varchar(32)   not null unique,
    content_hash     varchar(64)   not null,
    issued_on        date          not null,
    valid_until      date          not null,
    reconciled_value numeric(15,2) not null,
    p10              numeric(15,2) not null,
    summary          varchar(1000) not null,
    signed_by        varchar(64)   not null,
    pdf              bytea         not null,
    created_at       timestamp with time zone not null
);
