package cn.ipfin.ipasset;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationVerified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the registry: records IP rights entered by hand or imported, links them to the member that owns them
 * and records legal-status changes.
 */
@Service
public class IpAssetService {

    private static final Logger log = LoggerFactory.getLogger(IpAssetService.class);

    /** Ids per query in {@link #kindsOf}, well below PostgreSQL's limit of 32,767 bind parameters. */
    private static final int KIND_LOOKUP_BATCH = 1_000;

    private final IpAssets assets;
    private final OrganizationService organizations;
    private final Clock clock;

    IpAssetService(IpAssets assets, OrganizationService organizations, Clock clock) {
        this.assets = assets;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The outcome of saving one record: whether it was new and the saved asset. */
    public record Saved(IpAsset asset, boolean created) {
    }

    /**
     * Creates an asset entered by hand; the number must not be registered yet.
     *
     * @throws ConflictException when the register already has this number
     */
    @Transactional
    public IpAsset create(IpNumber number, IpAssetData data, String legalStatusText, String user,
            Long organizationId) {
        if (assets.findByRegistryAndNumber(data.kind().registry(), number.value()).isPresent()) {
            throw new ConflictException("ip-asset.number.duplicate", "ip.number.duplicate", number.value());
        }
        IpAsset asset = save(number, data, legalStatusText, "MANUAL", user).asset();
        asset.recordSource(organizationId);
        return asset;
    }

    /**
     * Inserts a record or, when its number is registered already, updates it; importing the same list twice
     * therefore never duplicates an asset.
     */
    @Transactional
    public Saved save(IpNumber number, IpAssetData data, String legalStatusText, String source, String user) {
        Instant now = clock.instant();
        Optional<IpAsset> existing = assets.findByRegistryAndNumber(data.kind().registry(), number.value());
        IpAsset asset = existing.orElseGet(() -> new IpAsset(data.kind(), number.value(), number.foreign(),
                number.office(), source, now));
        asset.describe(data, now);
        asset.changeLegalStatus(LegalStatus.fromText(legalStatusText), blankToNull(legalStatusText), null, user, now);
        if (asset.getOwnerOrganizationId() == null) {
            ownerOf(data.owners()).ifPresent(owner -> asset.assignOwnerOrganization(owner.getId()));
        }
        return new Saved(assets.save(asset), existing.isEmpty());
    }

    /** The outcome of one imported record. */
    public enum ImportOutcome {
        CREATED, UPDATED, OWNED_ELSEWHERE
    }

    /**
     * Saves one imported record for an organisation. A new number is created. An existing one is updated only
     * when the organisation owns it or created it, or by platform staff, and then only the values the file
     * provides replace the stored ones.
     */
    @Transactional
    public ImportOutcome saveImported(IpNumber number, IpAssetData data, String legalStatusText, Long organizationId,
            boolean platformStaff, String user) {
        Instant now = clock.instant();
        Optional<IpAsset> existing = assets.findByRegistryAndNumber(data.kind().registry(), number.value());
        if (existing.isPresent() && !platformStaff && !existing.get().updatableBy(organizationId)) {
            return ImportOutcome.OWNED_ELSEWHERE;
        }
        IpAsset asset = existing.orElseGet(() -> new IpAsset(data.kind(), number.value(), number.foreign(),
                number.office(), "IMPORT", now));
        if (existing.isPresent()) {
            asset.merge(data, now);
        } else {
            asset.describe(data, now);
            asset.recordSource(organizationId);
        }
        if (legalStatusText != null && !legalStatusText.isBlank()) {
            asset.changeLegalStatus(LegalStatus.fromText(legalStatusText), legalStatusText.trim(), null, user, now);
        } else if (existing.isEmpty()) {
            asset.changeLegalStatus(LegalStatus.UNKNOWN, null, null, user, now);
        }
        if (asset.getOwnerOrganizationId() == null) {
            ownerOf(data.owners()).ifPresent(owner -> asset.assignOwnerOrganization(owner.getId()));
        }
        assets.save(asset);
        return existing.isEmpty() ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
    }

    private Optional<Organization> ownerOf(List<String> owners) {
        return organizations.verifiedByNameKeys(OwnerKeys.keys(owners)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public IpAsset get(Long id) {
        IpAsset asset = assets.findById(id)
                .orElseThrow(() -> new NotFoundException("ip-asset.not-found", "ip.notFound", id));
        asset.getStatusHistory();
        return asset;
    }

    /** Returns the kind of each asset with one of the given ids, read as a projection; unknown ids are left out. */
    @Transactional(readOnly = true)
    public Map<Long, IpKind> kindsOf(Collection<Long> ids) {
        Map<Long, IpKind> kinds = new HashMap<>();
        List<Long> all = List.copyOf(ids);
        for (int start = 0; start < all.size(); start += KIND_LOOKUP_BATCH) {
            List<Long> batch = all.subList(start, Math.min(all.size(), start + KIND_LOOKUP_BATCH));
            for (Object[] pair : assets.kindsOf(batch)) {
                kinds.put((Long) pair[0], (IpKind) pair[1]);
            }
        }
        return kinds;
    }

    @Transactional(readOnly = true)
    public List<IpAsset> latest(int count) {
        return assets.findByOrderByUpdatedAtDesc(PageRequest.of(0, count));
    }

    @Transactional(readOnly = true)
    public long count() {
        return assets.count();
    }

    @Transactional(readOnly = true)
    public long countOwnedBy(Long organizationId) {
        return assets.countByOwnerOrganizationId(organizationId);
    }

    /** Returns every IP right linked to the organisation as its owner. */
    @Transactional(readOnly = true)
    public List<IpAsset> ownedBy(Long organizationId) {
        return assets.findByOwnerOrganizationId(organizationId);
    }

    /** Counts the member's assets of one kind in one legal status, such as its valid invention patents. */
    @Transactional(readOnly = true)
    public long countOwnedBy(Long organizationId, IpKind kind, LegalStatus status) {
        return assets.countByOwnerOrganizationIdAndKindAndLegalStatus(organizationId, kind, status);
    }

    /** Returns at most {@code limit} of the member's assets, latest filing first. */
    @Transactional(readOnly = true)
    public List<IpAsset> ownedBy(Long organizationId, int limit) {
        return assets.findByOwnerOrganizationIdOrderByFilingDateDesc(organizationId, PageRequest.of(0, limit));
    }

    /** Links the patents whose owner name matches a newly verified member to that member. */
    @ApplicationModuleListener
    void on(OrganizationVerified event) {
        List<IpAsset> owned = assets.findUnownedWithOwnerKey(event.nameKey());
        owned.forEach(asset -> asset.assignOwnerOrganization(event.organizationId()));
        if (!owned.isEmpty()) {
            log.info("Linked {} IP assets to organization {}", owned.size(), event.organizationId());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
