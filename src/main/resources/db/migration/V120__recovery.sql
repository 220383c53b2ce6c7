-- Default, loss sharing and disposal (违约处置与风险分担). A default case is opened when the lending bank declares
-- a loan in default; the loss is shared by the financing model's ratios through one claim per party; the pledged
-- IP is sold and the proceeds go back to the parties in proportion to the losses they bore.
create table default_case (
    id                     bigserial     primary key,
    loan_id                bigint        not null unique,
    lender_org_id          bigint        not null,
    borrower_org_id        bigint        not null,
    financing_model_code   varchar(40),
    declared_on            date          not null,
    days_past_due          integer       not null,
    outstanding_principal  numeric(18,2) not null,
    accrued_interest       numeric(18,2) not null,
    accrued_penalty        numeric(18,2) not null,
    prior_recoveries       numeric(18,2) not null,
    loss_amount            numeric(18,2) not null,
    disposal_listing_ref   varchar(100),
    proceeds               numeric(18,2),
    proceeds_on            date,
    proceeds_reference     varchar(100),
    pledgor_surplus        numeric(18,2),
    status                 varchar(16)   not null,
    reason                 varchar(500)  not null,
    declared_by            varchar(64)   not null,
    closed_on              date,
    version                bigint        not null default 0
);
create index default_case_lender_idx on default_case (lender_org_id);

create table loss_claim (
    id                  bigserial     primary key,
    case_id             bigint        not null references default_case (id),
    party               varchar(16)   not null,
    payer_org_id        bigint,
    share_percent       numeric(7,4)  not null,
    amount              numeric(18,2) not null,
    recovered           numeric(18,2),
    status              varchar(16)   not null,
    recommended_by      varchar(64),
    decided_by          varchar(64),
    decision_note       varchar(500),
    paid_on             date,
    payment_reference   varchar(100),
    position            integer       not null,
    version             bigint        not null default 0,
    unique (case_id, party)
);
create index loss_claim_payer_idx on loss_claim (payer_org_id, status);

create table recovery_event (
    id            bigserial    primary key,
    case_id       bigint       not null references default_case (id),
    action        varchar(40)  not null,
    party         varchar(16),
    actor         varchar(64)  not null,
    actor_org_id  bigint,
    note          varchar(500),
    occurred_at   timestamp with time zone not null
);
create index recovery_event_case_idx on recovery_event (case_id, occurred_at);

-- The government risk-compensation pool (风险补偿资金池): contributions in, payouts out. A payout row is unique per
-- claim, so a claim is never paid from the pool twice. A claim on the pool (party FUND) has no payer
-- organisation: any government user may act on it.
create table risk_pool_entry (
    id           bigserial     primary key,
    kind         varchar(16)   not null,
    amount       numeric(18,2) not null check (amount > 0),
    entry_date   date          not null,
    reference    varchar(100)  not null,
    claim_id     bigint        unique references loss_claim (id),
    recorded_by  varchar(64)   not null,
    recorded_at  timestamp with time zone not null
);
