package cn.ipfin.product;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.money.Money;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the financing models, lets operators change their parties and loss shares, and allocates a loss. */
@Service
public class FinancingModelService {

    private static final Logger log = LoggerFactory.getLogger(FinancingModelService.class);
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final FinancingModels models;
    private final LossAllocationCalculator allocation = new LossAllocationCalculator();
    private final Clock clock;

    FinancingModelService(FinancingModels models, Clock clock) {
        this.models = models;
        this.clock = clock;
    }

    /** A party's share of a loss in percent, as an operator enters it. */
    public record ShareInput(RiskParty party, BigDecimal sharePercent) {
    }

    /** One party's part of an allocated loss. */
    public record AllocatedShare(RiskParty party, BigDecimal sharePercent, Money amount) {
    }

    @Transactional(readOnly = true)
    public List<FinancingModel> all() {
        return models.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public FinancingModel get(String code) {
        return models.findById(code)
                .orElseThrow(() -> new NotFoundException("financing-model.not-found", "product.model.notFound", code));
    }

    /**
     * Replaces the parties that must accept a loan and the loss shares of a model.
     *
     * @throws InvalidInputException when a share is not positive, a party repeats or the shares do not add up
     *         to exactly 100 %
     */
    @Transactional
    public FinancingModel revise(String code, long expectedVersion, boolean requiresGuarantor,
            boolean requiresInsurer, List<ShareInput> shares, String user) {
        FinancingModel model = get(code);
        if (model.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(FinancingModel.class, code);
        }
        model.revise(requiresGuarantor, requiresInsurer, checked(shares), user, clock.instant());
        models.flush();
        log.info("Financing model {} revised by {}", code, user);
        return model;
    }

    /** Splits a loss between the parties of a model by its shares with {@link LossAllocationCalculator}. */
    @Transactional(readOnly = true)
    public List<AllocatedShare> allocate(String code, Money loss) {
        List<LossShare> shares = get(code).getShares();
        List<Money> parts = allocation.allocate(loss, shares.stream().map(LossShare::getSharePercent).toList());
        List<AllocatedShare> result = new ArrayList<>();
        for (int i = 0; i < shares.size(); i++) {
            result.add(new AllocatedShare(shares.get(i).getParty(), shares.get(i).getSharePercent(), parts.get(i)));
        }
        return result;
    }

    private static List<LossShare> checked(List<ShareInput> shares) {
        List<Violation> violations = new ArrayList<>();
        Set<RiskParty> seen = EnumSet.noneOf(RiskParty.class);
        BigDecimal total = BigDecimal.ZERO;
        List<LossShare> result = new ArrayList<>();
        for (int i = 0; shares != null && i < shares.size(); i++) {
            ShareInput share = shares.get(i);
            String field = "shares[" + i + "]";
            if (share == null || share.party() == null || !seen.add(share.party())) {
                violations.add(new Violation(field + ".party", "product.model.share.party"));
            } else if (share.sharePercent() == null || share.sharePercent().signum() <= 0
                    || share.sharePercent().compareTo(HUNDRED) > 0 || share.sharePercent().stripTrailingZeros().scale() > 2) {
                violations.add(new Violation(field + ".sharePercent", "product.model.share.percent"));
            } else {
                total = total.add(share.sharePercent());
                result.add(new LossShare(share.party(), share.sharePercent(), i + 1));
            }
        }
        if (violations.isEmpty() && total.compareTo(HUNDRED) != 0) {
            violations.add(new Violation("shares", "product.model.share.total", total));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return result;
    }
}
