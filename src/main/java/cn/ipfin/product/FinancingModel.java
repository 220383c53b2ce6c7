package cn.ipfin.product;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A financing model (融资模式): which parties besides the bank must accept a loan and how a loss is shared
 * between the parties. Flyway seeds the common models and operators edit them.
 */
@Entity
@Table(name = "financing_model")
public class FinancingModel {

    @Id
    private String code;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "description_zh", nullable = false)
    private String descriptionZh;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "requires_guarantor", nullable = false)
    private boolean requiresGuarantor;

    @Column(name = "requires_insurer", nullable = false)
    private boolean requiresInsurer;

    @Column(nullable = false)
    private int position;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "financing_model_share", joinColumns = @JoinColumn(name = "model_code"))
    @OrderBy("position")
    private List<LossShare> shares = new ArrayList<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected FinancingModel() {
    }

    /** Replaces the parties that must accept and the loss shares, which the service has checked. */
    void revise(boolean guarantorAccepts, boolean insurerAccepts, List<LossShare> newShares, String user,
            Instant now) {
        requiresGuarantor = guarantorAccepts;
        requiresInsurer = insurerAccepts;
        shares.clear();
        shares.addAll(newShares);
        updatedBy = user;
        updatedAt = now;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String description(Locale locale) {
        return "en".equals(locale.getLanguage()) ? descriptionEn : descriptionZh;
    }

    public String getCode() {
        return code;
    }

    public boolean isRequiresGuarantor() {
        return requiresGuarantor;
    }

    public boolean isRequiresInsurer() {
        return requiresInsurer;
    }

    public int getPosition() {
        return position;
    }

    public List<LossShare> getShares() {
        return List.copyOf(shares);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
