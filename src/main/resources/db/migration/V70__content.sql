-- Articles (信息咨询) with their tags and attachments. The body is HTML that passed the sanitiser;
-- body_text is its plain text, which the search index reads.
create table article (
    id             bigserial     primary key,
    channel        varchar(32)   not null,
    title          varchar(200)  not null,
    summary        varchar(500)  not null,
    body           text          not null,
    body_text      text          not null,
    source         varchar(300),
    status         varchar(16)   not null,
    author         varchar(64)   not null,
    last_editor    varchar(64)   not null,
    reviewer       varchar(64),
    return_reason  varchar(500),
    created_at     timestamptz   not null,
    updated_at     timestamptz   not null,
    submitted_at   timestamptz,
    published_at   timestamptz,
    version        bigint        not null default 0
);

create index article_status_published on article (status, published_at desc);

create table article_tag (
    article_id  bigint       not null references article (id) on delete cascade,
    tag         varchar(32)  not null,
    primary key (article_id, tag)
);

create index article_tag_tag on article_tag (tag);

-- Files live on disk in the content/attachments folder of the data directory, named by storage_key.
create table article_attachment (
    id            bigserial     primary key,
    article_id    bigint        not null references article (id) on delete cascade,
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    storage_key   varchar(64)   not null unique,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamptz   not null
);

create index article_attachment_article on article_attachment (article_id);

-- Financing cases (融资案例). model_code is the code of a financing model of the product module.
create table financing_case (
    id               bigserial      primary key,
    title            varchar(200)   not null,
    enterprise       varchar(200)   not null,
    industry         varchar(100),
    amount           numeric(16, 2) not null check (amount > 0),
    term_months      integer        not null check (term_months > 0),
    ip_description   varchar(500)   not null,
    model_code       varchar(40)    not null,
    lender           varchar(200)   not null,
    outcome          varchar(2000)  not null,
    status           varchar(16)    not null,
    created_by       varchar(64)    not null,
    created_at       timestamptz    not null,
    updated_at       timestamptz    not null,
    published_at     timestamptz,
    version          bigint         not null default 0
);

create index financing_case_status on financing_case (status, published_at desc);

-- Cost assumptions of the financing-model comparison, per model and with the date they apply from.
-- NOTE: these are illustrative presets, not figures of one official document. The subsidy preset follows the
-- Beijing Zhongguancun rule: 40 % of interest when the rate is at most 1.4 x the 1-year LPR, at most
-- 500,000 yuan a year. The tech-guarantor fee is the 1 %/year ceiling of Sichuan's 天府知来贷.
-- Operators should replace them with the Shanxi figures in force.
create table financing_cost_assumption (
    model_code            varchar(40)    not null,
    effective_from        date           not null,
    spread_bp             integer        not null,
    guarantee_fee_rate    numeric(7, 6)  not null check (guarantee_fee_rate >= 0),
    insurance_rate        numeric(7, 6)  not null check (insurance_rate >= 0),
    valuation_fee         numeric(16, 2) not null check (valuation_fee >= 0),
    subsidy_share         numeric(5, 4)  not null check (subsidy_share >= 0 and subsidy_share <= 1),
    subsidy_max_lpr_multiple numeric(5, 2),
    subsidy_annual_cap    numeric(16, 2) not null check (subsidy_annual_cap >= 0),
    primary key (model_code, effective_from)
);

insert into financing_cost_assumption values
    ('DIRECT_PLEDGE',             '2025-05-20', 100, 0.000000, 0.000000, 5000.00, 0.4000, 1.40, 500000.00),
    ('GOVERNMENT_FUND_GUARANTEE', '2025-05-20',  60, 0.005000, 0.000000, 5000.00, 0.4000, 1.40, 500000.00),
    ('TECH_GUARANTOR',            '2025-05-20',  80, 0.010000, 0.000000, 5000.00, 0.4000, 1.40, 500000.00),
    ('INSURED_PLEDGE',            '2025-05-20',  60, 0.000000, 0.012000, 4000.00, 0.4000, 1.40, 500000.00);
