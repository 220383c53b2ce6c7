-- Versioned credit-rating scorecards and the ratings made with them. A new model version is a new set of
-- rows here; the application always rates with the highest version.
create table rating_model (
    version      integer       primary key,
    name         varchar(100)  not null,
    description  varchar(1000) not null,
    published_at timestamp with time zone not null
);

-- Bin of a quantitative factor: lower_bound <= ratio < upper_bound; a null bound is open.
create table rating_model_bin (
    id           bigserial     primary key,
    version      integer       not null references rating_model (version),
    factor       varchar(40)   not null,
    lower_bound  numeric(12,4),
    upper_bound  numeric(12,4),
    points       integer       not null
);

create table rating_model_choice (
    version     integer      not null references rating_model (version),
    factor      varchar(40)  not null,
    code        varchar(40)  not null,
    points      integer      not null,
    label_zh    varchar(100) not null,
    label_en    varchar(100) not null,
    sort_order  integer      not null,
    primary key (version, factor, code)
);

create table rating_model_grade (
    version        integer     not null references rating_model (version),
    grade          varchar(8)  not null,
    minimum_total  integer     not null,
    primary key (version, grade)
);

-- Default model, version 1: 60 quantitative and 40 qualitative points, 100 in all.
insert into rating_model (version, name, description, published_at) values (1, '默认评分卡 v1',
    'Quantitative: debt ratio 12, current ratio 10, revenue growth 10, net margin 10, R&D intensity 10, '
    || 'operating cash flow / liabilities 8. Qualitative: management, IP quality, policy fit, credit history 10 each. '
    || 'Grades: AAA 90, AA 80, A 70, BBB 60, BB 50, B 40, CCC 30, CC 20, C 0.',
    timestamp with time zone '2026-01-01 00:00:00+08');

insert into rating_model_bin (version, factor, lower_bound, upper_bound, points) values
    (1, 'DEBT_RATIO', null, 0.40, 12), (1, 'DEBT_RATIO', 0.40, 0.55, 9), (1, 'DEBT_RATIO', 0.55, 0.70, 6),
    (1, 'DEBT_RATIO', 0.70, 0.85, 3), (1, 'DEBT_RATIO', 0.85, null, 0),
    (1, 'CURRENT_RATIO', 2.00, null, 10), (1, 'CURRENT_RATIO', 1.50, 2.00, 8), (1, 'CURRENT_RATIO', 1.20, 1.50, 6),
    (1, 'CURRENT_RATIO', 1.00, 1.20, 3), (1, 'CURRENT_RATIO', null, 1.00, 0),
    (1, 'REVENUE_GROWTH', 0.30, null, 10), (1, 'REVENUE_GROWTH', 0.15, 0.30, 8), (1, 'REVENUE_GROWTH', 0.05, 0.15, 6),
    (1, 'REVENUE_GROWTH', 0, 0.05, 3), (1, 'REVENUE_GROWTH', null, 0, 0),
    (1, 'NET_MARGIN', 0.15, null, 10), (1, 'NET_MARGIN', 0.08, 0.15, 8), (1, 'NET_MARGIN', 0.03, 0.08, 5),
    (1, 'NET_MARGIN', 0, 0.03, 2), (1, 'NET_MARGIN', null, 0, 0),
    (1, 'RD_INTENSITY', 0.06, null, 10), (1, 'RD_INTENSITY', 0.04, 0.06, 8), (1, 'RD_INTENSITY', 0.03, 0.04, 6),
    (1, 'RD_INTENSITY', 0.02, 0.03, 4), (1, 'RD_INTENSITY', null, 0.02, 0),
    (1, 'OPERATING_CASH_TO_LIABILITIES', 0.40, null, 8), (1, 'OPERATING_CASH_TO_LIABILITIES', 0.20, 0.40, 6),
    (1, 'OPERATING_CASH_TO_LIABILITIES', 0.10, 0.20, 4), (1, 'OPERATING_CASH_TO_LIABILITIES', 0, 0.10, 2),
    (1, 'OPERATING_CASH_TO_LIABILITIES', null, 0, 0);

insert into rating_model_choice (version, factor, code, points, label_zh, label_en, sort_order) values
    (1, 'MANAGEMENT', 'STRONG', 10, '管理规范，团队稳定且经验丰富', 'Sound governance, stable experienced team', 1),
    (1, 'MANAGEMENT', 'ADEQUATE', 6, '管理基本规范', 'Adequate management', 2),
    (1, 'MANAGEMENT', 'WEAK', 2, '管理薄弱或关键人员变动频繁', 'Weak management or frequent key-staff changes', 3),
    (1, 'IP_QUALITY', 'HIGH', 10, '核心发明专利稳定、价值度高', 'Stable core invention patents of high value', 1),
    (1, 'IP_QUALITY', 'MEDIUM', 6, '知识产权质量一般', 'Intellectual property of medium quality', 2),
    (1, 'IP_QUALITY', 'LOW', 2, '知识产权质量较低', 'Intellectual property of low quality', 3),
    (1, 'IP_QUALITY', 'NONE', 0, '无有效知识产权', 'No valid intellectual property', 4),
    (1, 'POLICY_FIT', 'ENCOURAGED', 10, '属国家或省重点支持产业', 'Industry encouraged by national or provincial policy', 1),
    (1, 'POLICY_FIT', 'NEUTRAL', 5, '一般产业', 'Neutral industry', 2),
    (1, 'POLICY_FIT', 'RESTRICTED', 0, '属限制类产业', 'Restricted industry', 3),
    (1, 'CREDIT_HISTORY', 'CLEAN', 10, '无逾期记录', 'No overdue record', 1),
    (1, 'CREDIT_HISTORY', 'MINOR_LATE', 5, '有少量短期逾期，已结清', 'A few short overdue payments, settled', 2),
    (1, 'CREDIT_HISTORY', 'DEFAULTED', 0, '有违约或欠息记录', 'Default or unpaid interest on record', 3);

insert into rating_model_grade (version, grade, minimum_total) values
    (1, 'AAA', 90), (1, 'AA', 80), (1, 'A', 70), (1, 'BBB', 60), (1, 'BB', 50), (1, 'B', 40), (1, 'CCC', 30),
    (1, 'CC', 20), (1, 'C', 0);

create table credit_rating (
    id                     bigserial    primary key,
    enterprise_id          bigint       not null,
    model_version          integer      not null references rating_model (version),
    fiscal_year            integer      not null,
    total                  integer      not null,
    grade                  varchar(8)   not null,
    rated_by               varchar(64)  not null,
    rater_organization_id  bigint       not null,
    rated_at               timestamp with time zone not null
);
create index credit_rating_enterprise_idx on credit_rating (enterprise_id, rated_at desc);

-- Every input and contribution of a rating: the ratio or the chosen answer, and the points it earned.
create table credit_rating_factor (
    rating_id       bigint       not null references credit_rating (id) on delete cascade,
    position        integer      not null,
    factor          varchar(40)  not null,
    ratio           numeric(12,4),
    answer          varchar(40),
    points          integer      not null,
    maximum_points  integer      not null,
    primary key (rating_id, position)
);
