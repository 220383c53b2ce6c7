-- Interest subsidy policies (贴息政策) as dated versions, and the subsidy claims (贴息申请) of enterprises with
-- their amount per calendar year and every state change.
create table subsidy_policy (
    id                 bigserial     primary key,
    code               varchar(32)   not null,
    version_number     integer       not null,
    name               varchar(200)  not null,
    region             varchar(100)  not null,
    description        varchar(2000),
    effective_from     date          not null,
    effective_to       date,
    rate_cap_kind      varchar(24)   not null,
    rate_cap_multiple  numeric(6,4),
    rate_cap_spread    numeric(8,6),
    tech_sme_required  boolean       not null,
    max_term_months    integer,
    max_loan_amount    numeric(19,2),
    base               varchar(24)   not null,
    base_rate          numeric(8,6),
    share              numeric(6,4)  not null check (share > 0 and share <= 1),
    guaranteed_share   numeric(6,4)  check (guaranteed_share > 0 and guaranteed_share <= 1),
    annual_cap         numeric(19,2) check (annual_cap > 0),
    status             varchar(16)   not null,
    editable           boolean       not null,
    change_note        varchar(500),
    created_by         varchar(64)   not null,
    created_at         timestamp with time zone not null,
    version            bigint        not null default 0,
    unique (code, version_number),
    check (effective_to is null or effective_to >= effective_from)
);

-- Presets of other regions, read-only, and the Shanxi policy that government users edit. Beijing Zhongguancun:
-- 40 % of interest paid when the rate is at most 1-year LPR x 1.4, at most 500,000 yuan per enterprise a year.
-- Fujian: 20 % of the 1-year LPR on the principal (50 % with insurance or a policy guarantee), loans up to one
-- year, at most 200,000 yuan per enterprise. Sichuan 天府知来贷: 1.5 % a year on the principal, rate at most
-- LPR + 150 bp, loans up to one year and 10 M yuan. The effective dates of the presets are the platform's
-- choice, not the regions' publication dates.
-- NOTE: the first Shanxi version (50 % of interest paid, rate at most LPR x 1.5, 300,000 yuan a year) is an
-- example for government users to replace with the adopted numbers.
insert into subsidy_policy (code, version_number, name, region, description, effective_from, effective_to,
        rate_cap_kind, rate_cap_multiple, rate_cap_spread, tech_sme_required, max_term_months, max_loan_amount,
        base, base_rate, share, guaranteed_share, annual_cap, status, editable, change_note, created_by,
        created_at) values
    ('beijing-zgc', 1, '中关村知识产权质押贷款贴息', '北京市中关村示范区',
     '按企业实际支付利息的 40% 给予贴息；贷款年利率不高于 1 年期 LPR 的 1.4 倍；每家企业每年贴息不超过 50 万元。',
     '2025-01-01', null, 'LPR_MULTIPLE', 1.4, null, false, null, null,
     'INTEREST_PAID', null, 0.40, null, 500000.00, 'ACTIVE', false, null, 'system', now()),
    ('fujian', 1, '福建省知识产权质押融资贴息', '福建省',
     '按贷款本金和 1 年期 LPR 计算利息的 20% 给予贴息，有保险或政策性担保的按 50%；贷款期限不超过 1 年；每家企业每年贴息不超过 20 万元。',
     '2025-01-01', null, 'NONE', null, null, false, 12, null,
     'PRINCIPAL_TIMES_RATE', null, 0.20, 0.50, 200000.00, 'ACTIVE', false, null, 'system', now()),
    ('sichuan-tfzld', 1, '天府知来贷贴息', '四川省',
     '按贷款本金每年 1.5% 给予贴息；贷款年利率不高于 1 年期 LPR 加 150 个基点；贷款期限不超过 1 年、金额不超过 1000 万元。担保费率不超过每年 1%，银行在 5 个工作日内完成首次审查（平台不核对这两项）。',
     '2025-01-01', null, 'LPR_PLUS_SPREAD', null, 0.015, false, 12, 10000000.00,
     'PRINCIPAL_TIMES_RATE', 0.015, 1.00, null, null, 'ACTIVE', false, null, 'system', now()),
    ('shanxi', 1, '山西转型综改示范区知识产权质押融资贴息', '山西转型综改示范区',
     '按企业实际支付利息的 50% 给予贴息；贷款年利率不高于 1 年期 LPR 的 1.5 倍；每家企业每年贴息不超过 30 万元。初始参数为示例，由政府用户按正式政策修订。',
     '2025-01-01', null, 'LPR_MULTIPLE', 1.5, null, false, null, null,
     'INTEREST_PAID', null, 0.50, null, 300000.00, 'ACTIVE', true, null, 'system', now());

create table subsidy_claim (
    id                 bigserial     primary key,
    loan_id            bigint        not null,
    enterprise_org_id  bigint        not null,
    lender_org_id      bigint        not null,
    policy_id          bigint        not null references subsidy_policy (id),
    policy_code        varchar(32)   not null,
    period_from        date          not null,
    period_to          date          not null,
    loan_amount        numeric(19,2) not null,
    loan_rate          numeric(10,6) not null,
    lpr                numeric(8,6)  not null,
    interest_paid      numeric(19,2) not null,
    amount             numeric(19,2) not null check (amount >= 0),
    state              varchar(16)   not null,
    reviewed_by        varchar(64),
    reviewer_org_id    bigint,
    decided_by         varchar(64),
    paid_on            date,
    payout_reference   varchar(100),
    submitted_at       timestamp with time zone not null,
    created_by         varchar(64)   not null,
    updated_at         timestamp with time zone not null,
    version            bigint        not null default 0,
    check (period_to >= period_from)
);
create index subsidy_claim_loan_idx on subsidy_claim (loan_id, period_from);
create index subsidy_claim_enterprise_idx on subsidy_claim (enterprise_org_id, policy_code);
create index subsidy_claim_state_idx on subsidy_claim (state, submitted_at);

-- The share of a claim that falls in one calendar year, which the per-year cap of a policy counts.
create table subsidy_claim_year (
    claim_id       bigint        not null references subsidy_claim (id) on delete cascade,
    year           integer       not null,
    period_from    date          not null,
    period_to      date          not null,
    interest_paid  numeric(19,2) not null,
    amount         numeric(19,2) not null check (amount >= 0),
    capped         boolean       not null,
    primary key (claim_id, year)
);

create table subsidy_claim_event (
    id            bigserial    primary key,
    claim_id      bigint       not null references subsidy_claim (id) on delete cascade,
    action        varchar(32)  not null,
    from_state    varchar(16),
    to_state      varchar(16)  not null,
    actor         varchar(64)  not null,
    actor_org_id  bigint       not null,
    note          varchar(1000),
    occurred_at   timestamp with time zone not null
);
create index subsidy_claim_event_idx on subsidy_claim_event (claim_id, occurred_at);
