package cn.ipfin.product;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One party's share of a loss in percent, such as 54.00 for 54 %. */
@Embeddable
public class LossShare {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RiskParty party;

    @Column(name = "share_percent", nullable = false)
    private BigDecimal sharePercent;

    @Column(nullable = false)
    private int position;

    protected LossShare() {
    }

    LossShare(RiskParty party, BigDecimal sharePercent, int position) {
        this.party = party;
        this.sharePercent = sharePercent;
        this.position = position;
    }

    public RiskParty getParty() {
        return party;
    }

    public BigDecimal getSharePercent() {
        return sharePercent.stripTrailingZeros();
    }

    public int getPosition() {
        return position;
    }
}
