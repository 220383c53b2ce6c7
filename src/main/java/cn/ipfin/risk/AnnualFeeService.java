package cn.ipfin.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpPledge;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.ipasset.PledgeService;
import cn.ipfin.ipasset.PledgedAsset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual fees of the patents a member owns or holds as pledgee: the next fee to pay with its due date, late
 * window and surcharge, and the payments recorded by the owner.
 */
@Service
public class AnnualFeeService {

    private static final Logger log = LoggerFactory.getLogger(AnnualFeeService.class);

    private final AnnualFeePayments payments;
    private final IpAssetService assets;
    private final PledgeService pledges;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final AnnualFeeCalculator calculator = new AnnualFeeCalculator(AnnualFeeTable.defaults());

    AnnualFeeService(AnnualFeePayments payments, IpAssetService assets, PledgeService pledges, Clock clock,
            JdbcTemplate jdbc) {
        this.payments = payments;
        this.assets = assets;
        this.pledges = pledges;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** Why a member sees a fee: it owns the patent or holds it as pledgee. */
    public enum Relation {
        OWNER, PLEDGEE
    }

    /** The next fee of one patent. */
    public record UpcomingFee(IpAsset asset, Relation relation, Long pledgeeOrganizationId, AnnualFeeQuote quote) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }

    /**
     * Returns the next fee of each valid patent the user's organisation owns or holds as pledgee, earliest due
     * date first; platform staff see every pledged patent.
     */
    @Transactional(readOnly = true)
    public List<UpcomingFee> upcoming(CurrentUser user, LocalDate asOf) {
        Map<Long, UpcomingFee> fees = new LinkedHashMap<>();
        List<IpPledge> held = pledges.activePledges(user.isPlatformStaff() ? null : user.organizationId());
        for (IpPledge pledge : held) {
            IpAsset asset = assets.get(pledge.getAssetId());
            next(asset, asOf).ifPresent(quote -> fees.put(asset.getId(),
                    new UpcomingFee(asset, Relation.PLEDGEE, pledge.getPledgeeOrganizationId(), quote)));
        }
        if (!user.isPlatformStaff()) {
            for (IpAsset asset : assets.ownedBy(user.organizationId())) {
                Long pledgee = asset.isPledged() ? pledges.activePledge(asset.getId())
                        .map(IpPledge::getPledgeeOrganizationId).orElse(null) : null;
                next(asset, asOf).ifPresent(quote -> fees.putIfAbsent(asset.getId(),
                        new UpcomingFee(asset, Relation.OWNER, pledgee, quote)));
            }
        }
        List<UpcomingFee> result = new ArrayList<>(fees.values());
        result.sort((a, b) -> a.quote().dueDate().compareTo(b.quote().dueDate()));
        return result;
    }

    /** Returns the next unpaid fee of a valid patent as of a date, or empty when none is tracked. */
    @Transactional(readOnly = true)
    public Optional<AnnualFeeQuote> next(IpAsset asset, LocalDate asOf) {
        if (!isTracked(asset.getKind(), asset.getLegalStatus(), asset.getFilingDate())) {
            return Optional.empty();
        }
        Set<Integer> paid = payments.findByAssetIdOrderByFeeYearDesc(asset.getId()).stream()
                .map(AnnualFeePayment::getFeeYear).collect(Collectors.toSet());
        return next(asset.getKind(), asset.getFilingDate(), asset.getGrantDate(), asset.getExpiryDate(), paid, asOf);
    }

    /**
     * Returns the next unpaid fee of a pledged patent as {@link #next(IpAsset, LocalDate)} does, from facts and
     * paid years read in advance.
     */
    Optional<AnnualFeeQuote> next(PledgedAsset asset, Set<Integer> paidYears, LocalDate asOf) {
        if (!isTracked(asset.kind(), asset.legalStatus(), asset.filingDate())) {
            return Optional.empty();
        }
        return next(asset.kind(), asset.filingDate(), asset.grantDate(), asset.expiryDate(), paidYears, asOf);
    }

    /** Returns the fee years recorded as paid for each of the assets, read in one query. */
    @Transactional(readOnly = true)
    Map<Long, Set<Integer>> paidYearsOf(Collection<Long> assetIds) {
        Map<Long, Set<Integer>> paid = new HashMap<>();
        jdbc.query("select asset_id, fee_year from annual_fee_payment where asset_id = any(?)", row -> {
            paid.computeIfAbsent(row.getLong(1), id -> new HashSet<>()).add(row.getInt(2));
        }, (Object) assetIds.toArray(Long[]::new));
        return paid;
    }

    private static boolean isTracked(IpKind kind, LegalStatus status, LocalDate filingDate) {
        return kind.isPatent() && status == LegalStatus.VALID && filingDate != null;
    }

    private Optional<AnnualFeeQuote> next(IpKind kind, LocalDate filingDate, LocalDate grantDate,
            LocalDate expiryDate, Set<Integer> paidYears, LocalDate asOf) {
        LocalDate granted = grantDate != null ? grantDate : filingDate;
        return calculator.nextUnpaidYear(filingDate, granted, expiryDate, paidYears, asOf)
                .map(year -> calculator.quote(kind, filingDate, year, asOf));
    }

    @Transactional(readOnly = true)
    public List<AnnualFeePayment> payments(Long assetId) {
        return payments.findByAssetIdOrderByFeeYearDesc(assetId);
    }

    /**
     * Records the payment of one fee year by the owner or by platform staff, with the surcharge due on the
     * payment date.
     *
     * @throws BusinessRuleException when the payment date is after the late-payment window
     * @throws ConflictException when the year is recorded as paid already
     */
    @Transactional
    public AnnualFeePayment recordPayment(Long assetId, Integer feeYear, LocalDate paidOn, CurrentUser user) {
        IpAsset asset = assets.get(assetId);
        if (!user.isPlatformStaff() && !user.organizationId().equals(asset.getOwnerOrganizationId())) {
            throw new NotFoundException("ip-asset.not-found", "ip.notFound", assetId);
        }
        validate(asset, feeYear, paidOn);
        AnnualFeeQuote quote = calculator.quote(asset.getKind(), asset.getFilingDate(), feeYear, paidOn);
        if (quote.stage() == AnnualFeeQuote.Stage.LAPSED) {
            throw new BusinessRuleException("risk.fee.window-closed", "risk.fee.windowClosed", feeYear,
                    quote.lateWindowEnd());
        }
        if (payments.existsByAssetIdAndFeeYear(assetId, feeYear)) {
            throw new ConflictException("risk.fee.already-paid", "risk.fee.alreadyPaid", feeYear);
        }
        AnnualFeePayment payment = payments.saveAndFlush(new AnnualFeePayment(assetId, quote, paidOn,
                user.username(), clock.instant()));
        log.info("Recorded annual fee year {} of asset {} paid on {}", feeYear, assetId, paidOn);
        return payment;
    }

    private void validate(IpAsset asset, Integer feeYear, LocalDate paidOn) {
        if (!asset.getKind().isPatent() || asset.getFilingDate() == null) {
            throw new BusinessRuleException("risk.fee.not-patent", "risk.fee.notPatent", asset.getNumber());
        }
        int lastYear = calculator.feeYearOf(asset.getFilingDate(), asset.getExpiryDate().minusDays(1));
        if (feeYear == null || feeYear < 1 || feeYear > lastYear) {
            throw InvalidInputException.of("feeYear", "risk.fee.year.invalid", lastYear);
        }
        if (paidOn == null || paidOn.isAfter(today())) {
            throw InvalidInputException.of("paidOn", "risk.fee.paidOn.invalid");
        }
    }
}
