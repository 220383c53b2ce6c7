package cn.ipfin.ipasset;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.error.BusinessRuleException;
import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.time.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the pledge checks on assets and keeps the pledges recorded on them. A recorded pledge marks the asset
 * pledged everywhere, and the database refuses a second active pledge on the same asset even when two
 * requests arrive at once.
 */
@Service
public class PledgeService {

    private static final Logger log = LoggerFactory.getLogger(PledgeService.class);

    private final IpAssets assets;
    private final IpPledges pledges;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final PledgeEligibilityValidator validator = new PledgeEligibilityValidator();

    PledgeService(IpAssets assets, IpPledges pledges, ApplicationEventPublisher events, Clock clock) {
        this.assets = assets;
        this.pledges = pledges;
        this.events = events;
        this.clock = clock;
    }

    /** The data of a pledge registered at CNIPA. */
    public record Registration(Long pledgorOrganizationId, Long pledgeeOrganizationId, String reference,
            String registrationNumber, LocalDate registeredOn, LocalDate loanFinalDueDate) {
    }

    @Transactional(readOnly = true)
    public List<PledgeCheck> check(Long assetId, PledgeRequest request) {
        return validator.check(asset(assetId).pledgeFacts(), request);
    }

    /**
     * Records a registered pledge.
     *
     * @throws ConflictException when the asset is pledged already
     * @throws BusinessRuleException when another check blocks the pledge
     */
    @Transactional
    public IpPledge record(Long assetId, Registration registration, String user) {
        IpAsset asset = asset(assetId);
        List<PledgeCheck> checks = validator.check(asset.pledgeFacts(), new PledgeRequest(
                registration.pledgorOrganizationId(), registration.loanFinalDueDate(), true, true, true));
        if (asset.isPledged()) {
            throw new ConflictException("pledge.already-pledged", "pledge.check.fail.ALREADY_PLEDGED", asset.getNumber());
        }
        checks.stream().filter(PledgeCheck::blocks).findFirst().ifPresent(blocking -> {
            throw new BusinessRuleException("pledge.blocked", blocking.messageKey(), blocking.arguments().toArray());
        });

        IpPledge pledge = save(asset, registration, user);
        asset.markPledged(true, clock.instant());
        events.publishEvent(new IpPledgeRegistered(pledge.getId(), assetId, registration.pledgorOrganizationId(),
                registration.pledgeeOrganizationId()));
        log.info("Recorded pledge {} of asset {} to organization {}", pledge.getId(), assetId,
                registration.pledgeeOrganizationId());
        return pledge;
    }

    /** Releases an active pledge; only the pledgee organisation may release it. */
    @Transactional
    public IpPledge release(Long pledgeId, Long pledgeeOrganizationId) {
        IpPledge pledge = pledges.findById(pledgeId)
                .filter(found -> found.getPledgeeOrganizationId().equals(pledgeeOrganizationId))
                .orElseThrow(() -> new NotFoundException("pledge.not-found", "pledge.notFound", pledgeId));
        pledge.release(LocalDate.now(clock.withZone(ClockConfiguration.ZONE)));
        asset(pledge.getAssetId()).markPledged(false, clock.instant());
        events.publishEvent(new IpPledgeReleased(pledgeId, pledge.getAssetId()));
        log.info("Released pledge {} of asset {}", pledgeId, pledge.getAssetId());
        return pledge;
    }

    /** Returns the active pledge of an asset, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<IpPledge> activePledge(Long assetId) {
        return pledges.findByAssetIdAndStatus(assetId, IpPledge.Status.ACTIVE);
    }

    /** Returns the active pledges held by a lender, or by every lender when {@code pledgeeOrganizationId} is null. */
    @Transactional(readOnly = true)
    public List<IpPledge> activePledges(Long pledgeeOrganizationId) {
        return pledgeeOrganizationId == null ? pledges.findByStatus(IpPledge.Status.ACTIVE)
                : pledges.findByPledgeeOrganizationIdAndStatus(pledgeeOrganizationId, IpPledge.Status.ACTIVE);
    }

    /** Returns every active pledge with the facts of its asset, read as one projection. */
    @Transactional(readOnly = true)
    public List<PledgedAsset> activePledgedAssets() {
        return pledges.activePledgedAssets();
    }

    @Transactional(readOnly = true)
    public List<IpPledge> history(Long assetId) {
        return pledges.findByAssetIdOrderByRecordedAtDesc(assetId);
    }

    /** Returns the active pledges held by a lender, latest first, such as the collateral it may sell in disposal. */
    @Transactional(readOnly = true)
    public List<IpPledge> activePledgesHeldBy(Long pledgeeOrganizationId) {
        return pledges.findByPledgeeOrganizationIdAndStatusOrderByRecordedAtDesc(pledgeeOrganizationId,
                IpPledge.Status.ACTIVE);
    }

    private IpPledge save(IpAsset asset, Registration registration, String user) {
        try {
            return pledges.saveAndFlush(new IpPledge(asset.getId(), registration.pledgorOrganizationId(),
                    registration.pledgeeOrganizationId(), registration.reference(), registration.registrationNumber(),
                    registration.registeredOn(), user, clock.instant()));
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("pledge.already-pledged", "pledge.check.fail.ALREADY_PLEDGED", asset.getNumber());
        }
    }

    private IpAsset asset(Long id) {
        return assets.findById(id).orElseThrow(() -> new NotFoundException("ip-asset.not-found", "ip.notFound", id));
    }
}
