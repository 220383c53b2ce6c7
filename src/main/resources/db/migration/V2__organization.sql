-- Member organisations (机构) and their verification by an operator.
create table organization (
    id             bigserial    primary key,
    type           varchar(32)  not null,
    name           varchar(200) not null,
    name_key       varchar(200) not null,
    credit_code    varchar(18)  not null,
    district_code  varchar(12)  not null,
    industry_code  varchar(2)   not null,
    contact_name   varchar(50)  not null,
    contact_phone  varchar(30)  not null,
    introduction   varchar(2000),
    status         varchar(16)  not null,
    review_note    varchar(500),
    reviewed_by    varchar(64),
    reviewed_at    timestamp with time zone,
    registered_at  timestamp with time zone not null,
    version        bigint       not null default 0,
    constraint organization_credit_code_uk unique (credit_code)
);
create index organization_directory_idx on organization (status, type, district_code, industry_code);
create index organization_name_key_idx on organization (name_key);
