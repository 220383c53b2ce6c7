package cn.ipfin.roadshow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.Industry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What an investor organisation declares it invests in (投资偏好): industries, stages and the size of a single
 * investment. Matchmaking scores projects against it.
 */
@Entity
@Table(name = "investor_preference")
public class InvestorPreference {

    @Id
    @Column(name = "organization_id")
    private Long organizationId;

    @Column(name = "organization_name", nullable = false)
    private String organizationName;

    /** Comma-separated GB/T 4754 section codes. */
    @Column(nullable = false)
    private String industries;

    /** Comma-separated {@link FundingStage} names. */
    @Column(nullable = false)
    private String stages;

    @Column(name = "min_ticket")
    private BigDecimal minTicket;

    @Column(name = "max_ticket")
    private BigDecimal maxTicket;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected InvestorPreference() {
    }

    InvestorPreference(Long organizationId, String organizationName) {
        this.organizationId = organizationId;
        this.organizationName = organizationName;
    }

    void update(PreferenceForm form, Instant now) {
        industries = form.industries().stream().map(Industry::name).sorted().collect(Collectors.joining(","));
        stages = form.stages().stream().sorted().map(FundingStage::name).collect(Collectors.joining(","));
        minTicket = form.minTicket() == null ? null : Money.of(form.minTicket()).amount();
        maxTicket = form.maxTicket() == null ? null : Money.of(form.maxTicket()).amount();
        updatedAt = now;
    }

    public Set<Industry> getIndustries() {
        Set<Industry> result = new TreeSet<>();
        Arrays.stream(industries.split(",")).filter(code -> !code.isBlank())
                .forEach(code -> Industry.of(code).ifPresent(result::add));
        return result;
    }

    public Set<FundingStage> getStages() {
        Set<FundingStage> result = EnumSet.noneOf(FundingStage.class);
        Arrays.stream(stages.split(",")).filter(name -> !name.isBlank())
                .forEach(name -> result.add(FundingStage.valueOf(name)));
        return result;
    }

    public MatchScoreCalculator.InvestorFacts facts() {
        return new MatchScoreCalculator.InvestorFacts(getIndustries(), getStages(), minTicket, maxTicket);
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public Money getMinTicket() {
        return minTicket == null ? null : Money.of(minTicket);
    }

    public Money getMaxTicket() {
        return maxTicket == null ? null : Money.of(maxTicket);
    }

    public long getVersion() {
        return version;
    }

    /** The preferences as entered; amounts in yuan, null for no bound. */
    public record PreferenceForm(Set<Industry> industries, Set<FundingStage> stages, BigDecimal minTicket,
            BigDecimal maxTicket) {

        public PreferenceForm {
            industries = industries == null ? Set.of() : Set.copyOf(industries);
            stages = stages == null ? Set.of() : Set.copyOf(stages);
        }
    }
}
