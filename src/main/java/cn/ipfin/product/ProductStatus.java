package cn.ipfin.product;

/** The publication state of a product: drafts and withdrawn products are visible only to their owner. */
public enum ProductStatus {
    DRAFT, PUBLISHED, WITHDRAWN;

    public String messageKey() {
        return "product.status." + name();
    }
}
