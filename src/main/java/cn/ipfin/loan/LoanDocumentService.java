package cn.ipfin.loan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.ipfin.core.error.ConflictException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.loan.LoanDocumentContent.Party;
import cn.ipfin.loan.LoanDocumentContent.PledgedPatent;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces the contract, registration and release documents of a pledge loan. Only the applicant, the lender and
 * platform staff may read them: an organisation outside the loan gets 404, the guarantor 403. A document asked
 * for before its step gets 409.
 */
@Service
public class LoanDocumentService {

    private static final Logger log = LoggerFactory.getLogger(LoanDocumentService.class);

    private final LoanApplications applications;
    private final OrganizationService organizations;
    private final IpAssetService assets;
    private final LoanDocumentPdf pdf;
    private final MessageSource messages;
    private final Clock clock;

    LoanDocumentService(LoanApplications applications, OrganizationService organizations, IpAssetService assets,
            LoanDocumentPdf pdf, MessageSource messages, Clock clock) {
        this.applications = applications;
        this.organizations = organizations;
        this.assets = assets;
        this.pdf = pdf;
        this.messages = messages;
        this.clock = clock;
    }

    /** A rendered document with the Chinese file name it is offered under. */
    public record RenderedDocument(String fileName, byte[] content) {
    }

    /** Renders a document, named by its path segment, of an application the user may read documents of. */
    @Transactional(readOnly = true)
    public RenderedDocument render(Long id, String slug, CurrentUser user) {
        LoanDocument type = LoanDocument.ofSlug(slug).orElseThrow(() -> new NotFoundException(
                "loan-document.not-found", "loan.document.notFound", slug));
        LoanApplication application = readable(id, user);
        if (!type.isAvailableIn(application.getState())) {
            throw new ConflictException("loan-document.unavailable", "loan.document.unavailable",
                    new DefaultMessageSourceResolvable(type.messageKey()),
                    new DefaultMessageSourceResolvable(application.getState().messageKey()));
        }

        byte[] content = pdf.write(type, content(application));
        log.info("Loan document {} of application {} produced for organization {}", type, id,
                user.organizationId());
        String name = messages.getMessage(type.messageKey() + ".fileName", null, Locale.SIMPLIFIED_CHINESE);
        return new RenderedDocument(name + "-" + contractNumber(id) + ".pdf", content);
    }

    /** Returns the documents the user may open for the application in its current state. */
    public List<LoanDocument> availableTo(LoanApplication application, CurrentUser user) {
        return mayRead(application, user) ? LoanDocument.availableIn(application.getState()) : List.of();
    }

    /** Returns the number of the loan and pledge contracts, the reference the pledge record of each asset carries. */
    static String contractNumber(Long applicationId) {
        return "LOAN-" + applicationId;
    }

    private LoanApplication readable(Long id, CurrentUser user) {
        LoanApplication application = applications.findById(id)
                .filter(found -> user.isPlatformStaff() || found.involves(user.organizationId()))
                .orElseThrow(() -> new NotFoundException("loan-application.not-found", "loan.application.notFound",
                        id));
        if (!mayRead(application, user)) {
            throw new AccessDeniedException("Organization " + user.organizationId()
                    + " is not a party to the contracts of application " + id);
        }
        return application;
    }

    private static boolean mayRead(LoanApplication application, CurrentUser user) {
        return user.isPlatformStaff() || user.organizationId().equals(application.getApplicantOrganizationId())
                || user.organizationId().equals(application.getLenderOrganizationId());
    }

    private LoanDocumentContent content(LoanApplication application) {
        boolean approved = application.getApprovedAmount() != null;
        LocalDate finalDue = application.getDisbursedOn() == null ? null
                : application.getDisbursedOn().plusMonths(application.getTermMonths());
        Party guarantor = application.getGuarantorOrganizationId() == null ? null
                : party(application.getGuarantorOrganizationId());
        return new LoanDocumentContent(application.getId(), contractNumber(application.getId()), today(),
                party(application.getApplicantOrganizationId()), party(application.getLenderOrganizationId()),
                guarantor, approved ? application.getApprovedAmount() : application.getAmount(),
                approved ? application.getApprovedRate() : application.getAnnualRate(), application.getTermMonths(),
                application.getMethod(), application.getPurpose(), dateOf(application, ApplicationState.APPROVED)
                        .orElse(null), application.getDisbursedOn(), finalDue, patents(application),
                application.getConservativeValue(), application.getValuationReference(),
                application.getPledgeRateCap(), application.getRegistrationNumber(), application.getRegisteredOn(),
                dateOf(application, ApplicationState.SETTLED).orElse(null));
    }

    private Party party(Long organizationId) {
        Organization organization = organizations.find(organizationId).orElseThrow(() -> new IllegalStateException(
                "Organization " + organizationId + " of a loan application is missing"));
        return new Party(organization.getName(), organization.getCreditCode(), organization.getContactName(),
                organization.getContactPhone());
    }

    private List<PledgedPatent> patents(LoanApplication application) {
        return application.getAssetIds().stream().sorted().map(assets::get)
                .sorted(Comparator.comparing(IpAsset::getNumber))
                .map(asset -> new PledgedPatent(asset.getNumber(), asset.getTitle(), asset.getKind().messageKey(),
                        String.join("、", asset.getOwnerList()), asset.getFilingDate(), asset.getExpiryDate()))
                .toList();
    }

    /** Returns the business date on which the application last entered the state, from its history. */
    private static Optional<LocalDate> dateOf(LoanApplication application, ApplicationState state) {
        return application.getEvents().stream().filter(event -> event.getToState() == state)
                .reduce((first, second) -> second)
                .map(event -> event.getOccurredAt().atZone(ClockConfiguration.ZONE).toLocalDate());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
    }
}
