package cn.ipfin.product;

/** The kind of a financial product (金融产品类型). */
public enum ProductType {
    /** 知识产权质押贷款. */
    IP_PLEDGE_LOAN,
    /** 信用贷款. */
    CREDIT_LOAN,
    /** 信托. */
    TRUST,
    /** 融资担保. */
    GUARANTEE,
    /** 典当. */
    PAWN,
    /** 融资租赁. */
    FINANCIAL_LEASING,
    /** 知识产权债券. */
    IP_BOND,
    /** 小企业集合债. */
    SME_COLLECTIVE_BOND,
    /** 知识产权证券化 (ABS). */
    IP_SECURITISATION,
    /** 保险. */
    INSURANCE;

    public String messageKey() {
        return "product.type." + name();
    }
}
