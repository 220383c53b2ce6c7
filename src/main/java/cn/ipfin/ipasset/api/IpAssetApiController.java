package cn.ipfin.ipasset.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetForm;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpSearchHit;
import cn.ipfin.ipasset.IpSearchQuery;
import cn.ipfin.ipasset.IpSearchResult;
import cn.ipfin.ipasset.IpSearchService;
import cn.ipfin.ipasset.LegalStatus;
import cn.ipfin.ipasset.LegalStatusEvent;
import cn.ipfin.ipasset.ManualEntryService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search, detail and manual entry of IP rights for API clients. */
@RestController
class IpAssetApiController {

    private final IpSearchService search;
    private final IpAssetService assets;
    private final ManualEntryService manualEntry;

    IpAssetApiController(IpSearchService search, IpAssetService assets, ManualEntryService manualEntry) {
        this.search = search;
        this.assets = assets;
        this.manualEntry = manualEntry;
    }

    record AssetSummary(Long id, IpKind kind, String number, boolean foreignNumber, String title, List<String> owners,
            Long ownerOrganizationId, LocalDate filingDate, LocalDate grantDate, String mainClassification,
            LegalStatus legalStatus, boolean pledged, String highlightedTitle) {

        static AssetSummary of(IpSearchHit hit) {
            IpAsset asset = hit.asset();
            return new AssetSummary(asset.getId(), asset.getKind(), asset.getNumber(), asset.isForeignNumber(),
                    asset.getTitle(), asset.getOwnerList(), asset.getOwnerOrganizationId(), asset.getFilingDate(),
                    asset.getGrantDate(), asset.getMainClassification(), asset.getLegalStatus(), asset.isPledged(),
                    hit.highlightedTitle());
        }
    }

    record StatusChange(LegalStatus legalStatus, String statusText, LocalDate effectiveDate, String recordedAt) {

        static StatusChange of(LegalStatusEvent event) {
            return new StatusChange(event.getLegalStatus(), event.getStatusText(), event.getEffectiveDate(),
                    event.getRecordedAt().toString());
        }
    }

    record AssetDetail(Long id, IpKind kind, String number, boolean foreignNumber, String office, String title,
            String titleEn, String abstractText, List<String> owners, Long ownerOrganizationId, String inventors,
            String publicationNumber, LocalDate filingDate, LocalDate publicationDate, LocalDate grantDate,
            LocalDate expiryDate, String classification, String mainClassification, Integer claimsCount,
            Integer familySize, LegalStatus legalStatus, String legalStatusText, boolean pledged,
            List<StatusChange> statusHistory) {

        static AssetDetail of(IpAsset asset) {
            return new AssetDetail(asset.getId(), asset.getKind(), asset.getNumber(), asset.isForeignNumber(),
                    asset.getOffice(), asset.getTitle(), asset.getTitleEn(), asset.getAbstractText(),
                    asset.getOwnerList(), asset.getOwnerOrganizationId(), asset.getInventors(),
                    asset.getPublicationNumber(), asset.getFilingDate(), asset.getPublicationDate(),
                    asset.getGrantDate(), asset.getExpiryDate(), asset.getClassification(),
                    asset.getMainClassification(), asset.getClaimsCount(), asset.getFamilySize(),
                    asset.getLegalStatus(), asset.getLegalStatusText(), asset.isPledged(),
                    asset.getStatusHistory().stream().map(StatusChange::of).toList());
        }
    }

    record SearchPage(List<AssetSummary> content, long totalElements, int page, int size) {
    }

    @GetMapping("/api/v1/ip-assets")
    SearchPage search(@RequestParam(required = false) String q, @RequestParam(required = false) IpKind type,
            @RequestParam(required = false) LegalStatus legalStatus,
            @RequestParam(required = false) String ipcSection, @RequestParam(required = false) String owner,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        IpSearchResult result = search.search(new IpSearchQuery(q, type, legalStatus, ipcSection, owner, page, size));
        return new SearchPage(result.hits().stream().map(AssetSummary::of).toList(), result.totalElements(),
                result.page(), result.size());
    }

    @GetMapping("/api/v1/ip-assets/{id}")
    AssetDetail detail(@PathVariable Long id) {
        return AssetDetail.of(assets.get(id));
    }

    @PostMapping("/api/v1/ip-assets")
    @PreAuthorize("hasAnyRole('ENTERPRISE', 'OPERATOR', 'ADMIN')")
    ResponseEntity<AssetDetail> create(@RequestBody IpAssetForm form, @AuthenticationPrincipal CurrentUser user) {
        IpAsset asset = manualEntry.register(form, user);
        return ResponseEntity.created(URI.create("/api/v1/ip-assets/" + asset.getId()))
                .body(AssetDetail.of(assets.get(asset.getId())));
    }
}
