-- Financial products, the loan prime rate (LPR) and the financing models with their loss-sharing ratios.

-- Loan prime rate (贷款市场报价利率). Each row holds the rates in force from effective_date until the next
-- row. Source: the National Interbank Funding Center (全国银行间同业拆借中心) publishes the LPR on the 20th
-- of each month (the next working day when the 20th is a holiday). Only the dates on which a rate changed
-- are listed. Rates are decimal fractions, so 3.10 % is 0.0310.
create table loan_prime_rate (
    effective_date  date          primary key,
    one_year        numeric(7, 6) not null check (one_year > 0 and one_year < 1),
    five_year       numeric(7, 6) not null check (five_year > 0 and five_year < 1)
);
insert into loan_prime_rate (effective_date, one_year, five_year) values
    ('2022-01-20', 0.0370, 0.0460),
    ('2022-05-20', 0.0370, 0.0445),
    ('2022-08-22', 0.0365, 0.0430),
    ('2023-06-20', 0.0355, 0.0420),
    ('2023-08-21', 0.0345, 0.0420),
    ('2024-02-20', 0.0345, 0.0395),
    ('2024-07-22', 0.0335, 0.0385),
    ('2024-10-21', 0.0310, 0.0360),
    ('2025-05-20', 0.0300, 0.0350);

-- Financing models (融资模式): who must accept a loan besides the bank, and who bears which share of a loss.
create table financing_model (
    code                 varchar(40)   primary key,
    name_zh              varchar(100)  not null,
    name_en              varchar(100)  not null,
    description_zh       varchar(2000) not null,
    description_en       varchar(2000) not null,
    requires_guarantor   boolean       not null,
    requires_insurer     boolean       not null,
    position             integer       not null,
    updated_at           timestamp with time zone not null,
    updated_by           varchar(64)   not null,
    version              bigint        not null default 0
);

create table financing_model_share (
    model_code     varchar(40)   not null references financing_model (code) on delete cascade,
    party          varchar(24)   not null,
    share_percent  numeric(5, 2) not null check (share_percent > 0 and share_percent <= 100),
    position       integer       not null,
    primary key (model_code, party)
);

insert into financing_model (code, name_zh, name_en, description_zh, description_en, requires_guarantor,
                             requires_insurer, position, updated_at, updated_by) values
    ('DIRECT_PLEDGE', '北京模式：银行直接质押', 'Beijing: direct pledge to the bank',
     '企业以知识产权直接向银行出质，银行独自承担贷款风险，通常配合评估机构的价值评估和政府贴息。',
     'The enterprise pledges its IP directly to the bank, which bears the whole credit risk; usually combined with an agency valuation and a government interest subsidy.',
     false, false, 1, '2025-05-20T00:00:00+08', 'migration'),
    ('GOVERNMENT_FUND_GUARANTEE', '上海浦东模式：政府基金担保加知识产权反担保', 'Shanghai Pudong: government-fund guarantee with IP counter-guarantee',
     '政府出资的担保基金为贷款提供担保，企业以知识产权向担保方提供反担保，损失主要由政府基金承担。',
     'A government-funded guarantee fund guarantees the loan and the enterprise gives its IP as counter-guarantee; the fund bears most of a loss.',
     true, false, 2, '2025-05-20T00:00:00+08', 'migration'),
    ('TECH_GUARANTOR', '武汉模式：科技担保公司担保加知识产权反担保', 'Wuhan: tech guarantor with IP counter-guarantee',
     '专业科技担保公司为贷款提供担保，企业以知识产权向担保公司提供反担保，担保公司与银行按比例分担损失。',
     'A specialised technology guarantee company guarantees the loan and takes the IP as counter-guarantee; guarantor and bank share a loss by ratio.',
     true, false, 3, '2025-05-20T00:00:00+08', 'migration'),
    ('INSURED_PLEDGE', '保险增信质押：风险补偿基金、银行、保险、评估分担', 'Insured pledge: fund, bank, insurer and evaluator share the loss',
     '知识产权质押贷款由保险公司承保，政府风险补偿基金、银行、保险公司和评估机构按比例分担损失（中山例：54 : 26 : 16 : 4）。',
     'An insurer covers the IP pledge loan, and the government risk-compensation fund, bank, insurer and evaluator share a loss by ratio (Zhongshan example 54 : 26 : 16 : 4).',
     false, true, 4, '2025-05-20T00:00:00+08', 'migration');

-- NOTE: the Zhongshan ratios (54 : 26 : 16 : 4) are a published example, and in the Beijing model the bank
-- bears the whole risk. The Pudong (80 : 20) and Wuhan (70 : 30) splits are typical presets, not values from
-- one official document, so operators should check and edit them.
insert into financing_model_share (model_code, party, share_percent, position) values
    ('DIRECT_PLEDGE', 'BANK', 100.00, 1),
    ('GOVERNMENT_FUND_GUARANTEE', 'FUND', 80.00, 1),
    ('GOVERNMENT_FUND_GUARANTEE', 'BANK', 20.00, 2),
    ('TECH_GUARANTOR', 'GUARANTOR', 70.00, 1),
    ('TECH_GUARANTOR', 'BANK', 30.00, 2),
    ('INSURED_PLEDGE', 'FUND', 54.00, 1),
    ('INSURED_PLEDGE', 'BANK', 26.00, 2),
    ('INSURED_PLEDGE', 'INSURER', 16.00, 3),
    ('INSURED_PLEDGE', 'EVALUATOR', 4.00, 4);

-- Financial products (金融产品). Sets of codes are stored comma-separated, and an empty set means "any".
create table financial_product (
    id                     bigserial     primary key,
    organization_id        bigint        not null,
    organization_name      varchar(200)  not null,
    type                   varchar(32)   not null,
    name                   varchar(100)  not null,
    description            varchar(2000),
    min_amount             numeric(16, 2) not null,
    max_amount             numeric(16, 2) not null,
    min_term_months        integer       not null,
    max_term_months        integer       not null,
    min_spread_bp          integer       not null,
    max_spread_bp          integer       not null,
    guarantee_fee_rate     numeric(7, 6),
    valuation_fee          numeric(16, 2),
    eligible_ip_kinds      varchar(200)  not null,
    pledge_rate_caps       varchar(300)  not null,
    min_credit_grade       varchar(4),
    min_years_in_business  integer,
    industries             varchar(100)  not null,
    districts              varchar(600)  not null,
    financing_model_code   varchar(40)   references financing_model (code),
    repayment_methods      varchar(200)  not null,
    status                 varchar(16)   not null,
    created_at             timestamp with time zone not null,
    updated_at             timestamp with time zone not null,
    published_at           timestamp with time zone,
    version                bigint        not null default 0,
    constraint financial_product_amount_ck check (min_amount > 0 and min_amount <= max_amount),
    constraint financial_product_term_ck check (min_term_months >= 1 and min_term_months <= max_term_months),
    constraint financial_product_spread_ck check (min_spread_bp <= max_spread_bp)
);
create index financial_product_status_idx on financial_product (status, type);
create index financial_product_organization_idx on financial_product (organization_id);
