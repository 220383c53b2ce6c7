package cn.ipfin.ipasset;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

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

    /** One record of an imported list: its number, its registry data and the legal status text of the list. */
    public record ImportedRecord(IpNumber number, IpAssetData data, String legalStatusText) {
    }

    /**
     * Saves the imported records of one batch for an organisation and returns the outcome of each, in order. A
     * new number is created. An existing one is updated only when the organisation owns it or created it, or by
     * platform staff, and then only the values the file provides replace the stored ones. A number that occurs
     * twice in the batch is created once and then updated.
     *
     * <p>The stored assets and the owner organisations of the whole batch are read with one query each, and the
     * new assets are inserted in JDBC batches when the transaction flushes.
     */
    @Transactional
    public List<ImportOutcome> saveImported(List<ImportedRecord> records, Long organizationId, boolean platformStaff,
            String user) {
        Instant now = clock.instant();
        Map<IpKind.Registry, Map<String, IpAsset>> stored = storedAssets(records);
        Map<String, Organization> owners = verifiedOwners(records);

        List<ImportOutcome> outcomes = new ArrayList<>(records.size());
        for (ImportedRecord record : records) {
            Map<String, IpAsset> registry = stored.computeIfAbsent(record.data().kind().registry(),
                    key -> new HashMap<>());
            outcomes.add(saveImported(record, registry, owners, organizationId, platformStaff, user, now));
        }
        return outcomes;
    }

    private ImportOutcome saveImported(ImportedRecord record, Map<String, IpAsset> registry,
            Map<String, Organization> owners, Long organizationId, boolean platformStaff, String user, Instant now) {
        IpNumber number = record.number();
        IpAssetData data = record.data();
        IpAsset existing = registry.get(number.value());
        if (existing != null && !platformStaff && !existing.updatableBy(organizationId)) {
            return ImportOutcome.OWNED_ELSEWHERE;
        }
        IpAsset asset = existing != null ? existing : new IpAsset(data.kind(), number.value(), number.foreign(),
                number.office(), "IMPORT", now);
        if (existing != null) {
            asset.merge(data, now);
        } else {
            asset.describe(data, now);
            asset.recordSource(organizationId);
        }
        String legalStatusText = record.legalStatusText();
        if (legalStatusText != null && !legalStatusText.isBlank()) {
            asset.changeLegalStatus(LegalStatus.fromText(legalStatusText), legalStatusText.trim(), null, user, now);
        } else if (existing == null) {
            asset.changeLegalStatus(LegalStatus.UNKNOWN, null, null, user, now);
        }
        if (asset.getOwnerOrganizationId() == null) {
            firstOwner(data.owners(), owners).ifPresent(owner -> asset.assignOwnerOrganization(owner.getId()));
        }
        if (existing == null) {
            assets.save(asset);
            registry.put(number.value(), asset);
        }
        return existing == null ? ImportOutcome.CREATED : ImportOutcome.UPDATED;
    }

    /** Reads the stored assets with the records' numbers, by registry and number. */
    private Map<IpKind.Registry, Map<String, IpAsset>> storedAssets(List<ImportedRecord> records) {
        Map<IpKind.Registry, List<String>> numbers = new EnumMap<>(IpKind.Registry.class);
        for (ImportedRecord record : records) {
            numbers.computeIfAbsent(record.data().kind().registry(), key -> new ArrayList<>())
                    .add(record.number().value());
        }
        Map<IpKind.Registry, Map<String, IpAsset>> stored = new EnumMap<>(IpKind.Registry.class);
        numbers.forEach((registry, values) -> {
            Map<String, IpAsset> byNumber = new HashMap<>();
            assets.findByRegistryAndNumberIn(registry, values).forEach(asset -> byNumber.put(asset.getNumber(), asset));
            stored.put(registry, byNumber);
        });
        return stored;
    }

    /** Reads the verified organisations named as applicants anywhere in the records, by name key. */
    Map<String, Organization> verifiedOwners(List<ImportedRecord> records) {
        Set<String> keys = new LinkedHashSet<>();
        records.forEach(record -> keys.addAll(OwnerKeys.keys(record.data().owners())));
        Map<String, Organization> owners = new HashMap<>();
        organizations.verifiedByNameKeys(List.copyOf(keys)).forEach(owner -> owners.putIfAbsent(owner.getNameKey(),
                owner));
        return owners;
    }

    /** Returns the verified organisation of the first applicant that has one. */
    static Optional<Organization> firstOwner(List<String> applicants, Map<String, Organization> owners) {
        return OwnerKeys.keys(applicants).stream().map(owners::get).filter(Objects::nonNull).findFirst();
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
