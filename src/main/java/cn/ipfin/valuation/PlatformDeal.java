package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/** A deal closed on the platform's market (平台成交案例), kept as a comparable for the market approach. */
@Entity
@Table(name = "valuation_platform_deal")
class PlatformDeal {

    @Id
    @Column(name = "deal_id")
    private Long dealId;

    @Column(name = "listing_id", nullable = false)
    private Long listingId;

    @Column(name = "asset_id", nullable = false)
    private Long assetId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ip_kind", nullable = false)
    private IpKind ipKind;

    @Column(name = "ipc_section")
    private String ipcSection;

    @Column(name = "industry_code")
    private String industryCode;

    @Column(name = "listing_type", nullable = false)
    private String listingType;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(name = "contract_date", nullable = false)
    private LocalDate contractDate;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected PlatformDeal() {
    }

    PlatformDeal(Long dealId, Long listingId, Long assetId, IpKind ipKind, String ipcSection, String industryCode,
            String listingType, Money price, LocalDate contractDate, Instant recordedAt) {
        this.dealId = dealId;
        this.listingId = listingId;
        this.assetId = assetId;
        this.ipKind = ipKind;
        this.ipcSection = ipcSection;
        this.industryCode = industryCode;
        this.listingType = listingType;
        this.price = price.amount();
        this.contractDate = contractDate;
        this.recordedAt = recordedAt;
    }

    Long getDealId() {
        return dealId;
    }

    Long getAssetId() {
        return assetId;
    }

    IpKind getIpKind() {
        return ipKind;
    }

    String getIpcSection() {
        return ipcSection;
    }

    String getIndustryCode() {
        return industryCode;
    }

    String getListingType() {
        return listingType;
    }

    Money getPrice() {
        return Money.of(price);
    }

    LocalDate getContractDate() {
        return contractDate;
    }
}
