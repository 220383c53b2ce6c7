package cn.ipfin.ipasset;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationNames;
import cn.ipfin.organization.OrganizationService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers an IP right entered by hand. An enterprise registers only rights it owns, so its own name must be
 * among the owners and the asset is linked to it. Operators may register any right.
 */
@Service
public class ManualEntryService {

    private final IpAssetService assets;
    private final OrganizationService organizations;
    private final Clock clock;

    ManualEntryService(IpAssetService assets, OrganizationService organizations, Clock clock) {
        this.assets = assets;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Transactional
    public IpAsset register(IpAssetForm form, CurrentUser user) {
        requireVerifiedOrganization(user);
        List<Violation> violations = new ArrayList<>();
        IpKind kind = parseKind(form.kind(), violations);
        IpNumberValidator.Outcome number = kind == null ? null : IpNumberValidator.check(kind, form.number());
        if (number != null && !number.isValid()) {
            violations.add(new Violation("number", number.messageKey(), number.arguments()));
        }
        IpAssetData data = readData(form, kind, violations);
        Organization organization = organizations.find(user.organizationId()).orElse(null);
        if (!user.isPlatformStaff() && !ownsAmong(organization, data.owners())) {
            violations.add(new Violation("owners", "ip.owners.mustIncludeOwnOrganization",
                    organization == null ? "" : organization.getName()));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        LegalStatus status = LegalStatus.valueOf(form.legalStatus());
        return assets.create(number.number(), data, statusText(status), user.username(), user.organizationId());
    }

    /** Rejects users of organisations that the operator has not verified yet, or has rejected. */
    private void requireVerifiedOrganization(CurrentUser user) {
        boolean verified = organizations.find(user.organizationId()).map(Organization::isVerified).orElse(false);
        if (!user.isPlatformStaff() && !verified) {
            throw new AccessDeniedException("Organization " + user.organizationId() + " is not verified");
        }
    }

    private IpAssetData readData(IpAssetForm form, IpKind kind, List<Violation> violations) {
        String title = form.title() == null ? "" : form.title().trim();
        if (title.isEmpty() || title.length() > 500) {
            violations.add(new Violation("title", "ip.title.invalid"));
        }
        List<String> owners = splitList(form.owners());
        if (owners.isEmpty()) {
            violations.add(new Violation("owners", "ip.owners.missing"));
        }
        LocalDate filing = parseDate("filingDate", form.filingDate(), violations);
        LocalDate publication = parseDate("publicationDate", form.publicationDate(), violations);
        LocalDate grant = parseDate("grantDate", form.grantDate(), violations);
        if (filing == null && !violations.stream().anyMatch(v -> v.field().equals("filingDate"))) {
            violations.add(new Violation("filingDate", "ip.date.missing"));
        }
        if (filing != null && grant != null && grant.isBefore(filing)) {
            violations.add(new Violation("grantDate", "ip.grantDate.beforeFiling"));
        }
        Integer claims = parseClaims(form.claimsCount(), violations);
        parseStatus(form.legalStatus(), violations);

        List<String> classes = splitList(form.classification());
        return new IpAssetData(kind, title, null, blankToNull(form.abstractText()), owners,
                splitList(form.inventors()), null, filing, publication, grant, classes,
                classes.isEmpty() ? null : classes.get(0), claims, null);
    }

    private static boolean ownsAmong(Organization organization, List<String> owners) {
        return organization != null && owners.stream().map(OrganizationNames::key)
                .anyMatch(organization.getNameKey()::equals);
    }

    private static IpKind parseKind(String kind, List<Violation> violations) {
        try {
            return IpKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new Violation("kind", "ip.kind.invalid"));
            return null;
        }
    }

    private static void parseStatus(String status, List<Violation> violations) {
        try {
            LegalStatus.valueOf(status);
        } catch (IllegalArgumentException | NullPointerException e) {
            violations.add(new Violation("legalStatus", "ip.legalStatus.invalid"));
        }
    }

    private LocalDate parseDate(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.trim());
            if (date.isAfter(LocalDate.now(clock.withZone(ClockConfiguration.ZONE)))) {
                violations.add(new Violation(field, "ip.date.future", text.trim()));
            }
            return date;
        } catch (DateTimeParseException e) {
            violations.add(new Violation(field, "ip.date.invalid", text.trim()));
            return null;
        }
    }

    private static Integer parseClaims(String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            int claims = Integer.parseInt(text.trim());
            if (claims >= 1 && claims <= 1000) {
                return claims;
            }
        } catch (NumberFormatException e) {
            // Reported below together with out-of-range counts.
        }
        violations.add(new Violation("claimsCount", "ip.claimsCount.invalid"));
        return null;
    }

    private static String statusText(LegalStatus status) {
        return switch (status) {
            case PENDING -> "审中";
            case VALID -> "有效";
            case LAPSED -> "失效";
            case INVALIDATED -> "无效";
            case EXPIRED -> "期限届满";
            case WITHDRAWN -> "撤回";
            case REJECTED -> "驳回";
            case UNKNOWN -> null;
        };
    }

    static List<String> splitList(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[\\n;；|]")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
