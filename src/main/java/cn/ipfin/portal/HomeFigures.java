package cn.ipfin.portal;

import java.time.Duration;
import java.util.List;

import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The counts and latest entries on the home page, refreshed in the background at most once per {@link #MAX_AGE} per instance. At
 * provincial scale each read counts 50,000 organisations and 500,000 IP assets, and under load every anonymous
 * visitor would repeat it.
 */
@Component
class HomeFigures {

    /** How long the figures are shown before they are read again, so a new member appears within this time. */
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    /** The figures of the home page. */
    record Snapshot(long memberCount, long enterpriseCount, long ipCount, List<Organization> latestMembers,
            List<IpAsset> latestAssets) {
    }

    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final LoadingCache<Boolean, Snapshot> cache;

    HomeFigures(OrganizationService organizations, IpAssetService assets) {
        this.organizations = organizations;
        this.assets = assets;
        // A single entry; refreshAfterWrite lets visitors keep the old figures while one request reloads them.
        this.cache = Caffeine.newBuilder().refreshAfterWrite(MAX_AGE).expireAfterWrite(MAX_AGE.multipliedBy(4))
                .build(key -> read());
    }

    Snapshot current() {
        return cache.get(Boolean.TRUE);
    }

    private Snapshot read() {
        long enterprises = organizations.directory(new DirectoryQuery(OrganizationType.ENTERPRISE, null, null, null),
                Pageable.ofSize(1)).getTotalElements();
        return new Snapshot(organizations.countVerified(), enterprises, assets.count(),
                List.copyOf(organizations.latestVerified(6)), List.copyOf(assets.latest(6)));
    }
}
