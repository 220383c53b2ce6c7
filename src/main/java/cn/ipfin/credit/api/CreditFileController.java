package cn.ipfin.credit.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import cn.ipfin.credit.CreditAccess;
import cn.ipfin.credit.CreditFile;
import cn.ipfin.credit.CreditFileGrantService;
import cn.ipfin.credit.CreditFileService;
import cn.ipfin.credit.RatingModels;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.organization.Organization;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An enterprise's credit file (信用档案) and the log of who viewed it. */
@RestController
@RequestMapping("/api/v1/enterprises/{orgId}/credit-file")
public class CreditFileController {

    private final CreditFileService files;
    private final CreditFileGrantService grants;
    private final CreditAccess access;
    private final RatingModels models;
    private final MessageSource messages;

    CreditFileController(CreditFileService files, CreditFileGrantService grants, CreditAccess access,
            RatingModels models, MessageSource messages) {
        this.files = files;
        this.grants = grants;
        this.access = access;
        this.models = models;
        this.messages = messages;
    }

    /** Registration data of the enterprise. */
    public record Registration(Long id, String name, String creditCode, String district, String industry,
            String contactName, String contactPhone, Instant registeredAt) {
    }

    /** One IP asset in the file. */
    public record Asset(Long id, String kind, String number, String title, String legalStatus) {
    }

    /** One recorded view of the file. */
    public record View(Instant viewedAt, Long viewerOrganizationId, String viewerUsername, String purpose) {
    }

    /** The whole file; {@code techSme} is null when the enterprise saved no assessment. */
    public record File(Registration registration, List<FinancialStatementResponse> statements, long ipCount,
            List<Asset> ipAssets, EnterpriseTechSmeController.HistoryEntry techSme, List<RatingResponse> ratings,
            String grantPurpose, Instant grantExpiresAt) {
    }

    @GetMapping
    public File get(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user, Locale locale) {
        CreditFile file = files.fullFile(orgId, user);
        Organization org = file.enterprise();
        var techSme = file.latestTechSmeAssessment() == null ? null : new EnterpriseTechSmeController.HistoryEntry(
                file.latestTechSmeAssessment().getId(), file.latestTechSmeAssessment().getAssessedAt(),
                file.latestTechSmeAssessment().getAssessedBy(), file.latestTechSmeAssessment().getTotalScore(),
                file.latestTechSmeAssessment().isEligible(), file.latestTechSmeAssessment().isQualified(),
                file.latestTechSmeAssessment().getRoute());
        return new File(new Registration(org.getId(), org.getName(), org.getCreditCode(), org.getDistrictCode(),
                org.getIndustryCode(), org.getContactName(), org.getContactPhone(), org.getRegisteredAt()),
                file.statements().stream().map(FinancialStatementResponse::from).toList(), file.ipCount(),
                file.ipAssets().stream().map(CreditFileController::toAsset).toList(), techSme,
                file.ratings().stream().map(rating -> RatingResponse.from(rating,
                        models.load(rating.getModelVersion()), messages, locale)).toList(),
                file.grant() == null ? null : file.grant().getPurpose(),
                file.grant() == null ? null : file.grant().getExpiresAt());
    }

    /** Returns who viewed the file, newest first; only the enterprise itself and platform staff see this. */
    @GetMapping("/views")
    public List<View> views(@PathVariable Long orgId, @AuthenticationPrincipal CurrentUser user) {
        access.requireWrite(user, orgId);
        return grants.viewsOf(orgId).stream().map(view -> new View(view.getViewedAt(),
                view.getViewerOrganizationId(), view.getViewerUsername(), view.getPurpose())).toList();
    }

    private static Asset toAsset(IpAsset asset) {
        return new Asset(asset.getId(), asset.getKind().name(), asset.getNumber(), asset.getTitle(),
                asset.getLegalStatus().name());
    }
}
