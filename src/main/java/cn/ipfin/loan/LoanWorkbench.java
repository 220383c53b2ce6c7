package cn.ipfin.loan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.ipfin.core.calendar.WorkingDayCalendar;
import cn.ipfin.core.calendar.WorkingDayCalendarService;
import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.Role;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bank workbench (审批工作台): the applications a bank lends on, or every application for platform staff,
 * counted by state and listed oldest submission first. Each entry shows its age in working days since submission
 * and whether the first-review deadline has passed.
 */
@Service
public class LoanWorkbench {

    public static final int PAGE_SIZE = 50;

    /** States in which the bank has no step left on the application; the default list leaves them out. */
    static final Set<ApplicationState> CLOSED = EnumSet.of(ApplicationState.CHECKS_FAILED, ApplicationState.DECLINED,
            ApplicationState.REJECTED, ApplicationState.WITHDRAWN, ApplicationState.DISBURSED,
            ApplicationState.SETTLED, ApplicationState.DEFAULTED);

    private final WorkbenchRows rows;
    private final OrganizationService organizations;
    private final LoanProductTerms products;
    private final WorkingDayCalendarService calendars;
    private final Clock clock;

    LoanWorkbench(WorkbenchRows rows, OrganizationService organizations, LoanProductTerms products,
            WorkingDayCalendarService calendars, Clock clock) {
        this.rows = rows;
        this.organizations = organizations;
        this.products = products;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** One listed application with the names and the service-level figures of the workbench. */
    public record Entry(WorkbenchRow row, String applicantName, String productName, int ageInWorkingDays,
            boolean overdue) {
    }

    /**
     * The workbench as one user sees it. {@code counts} covers every state after the product filter;
     * {@code entries} is one page of the list after both filters, and {@code overdue} counts the whole list.
     */
    public record View(LocalDate today, Map<ApplicationState, Long> counts, Map<Long, String> products,
            List<Entry> entries, int page, int totalPages, int totalEntries, long overdue) {
    }

    /**
     * Builds the workbench of a bank user or of platform staff. A null state lists the applications that still
     * wait for a bank step; a null product lists every product. Pages count from 0.
     *
     * @throws AccessDeniedException for any other role
     */
    @Transactional(readOnly = true)
    public View view(CurrentUser user, ApplicationState state, Long productId, int page) {
        List<WorkbenchRow> visible = visibleTo(user);
        LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
        WorkingDayCalendar calendar = calendars.calendar();

        List<WorkbenchRow> ofProduct = visible.stream()
                .filter(row -> productId == null || productId.equals(row.productId())).toList();
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        ofProduct.forEach(row -> counts.merge(row.state(), 1L, Long::sum));
        List<WorkbenchRow> listed = ofProduct.stream()
                .filter(row -> state == null ? !CLOSED.contains(row.state()) : row.state() == state).toList();
        long overdue = listed.stream().filter(row -> row.isReviewOverdue(today)).count();

        int totalPages = Math.max(1, (listed.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(Math.max(page, 0), totalPages - 1);
        List<WorkbenchRow> onPage = listed.subList(current * PAGE_SIZE, Math.min(listed.size(), (current + 1) * PAGE_SIZE));
        Map<Long, String> productNames = products.namesOf(visible.stream().map(WorkbenchRow::productId)
                .filter(Objects::nonNull).distinct().toList());
        Map<Long, String> applicantNames = namesOf(onPage);
        List<Entry> entries = onPage.stream().map(row -> new Entry(row,
                applicantNames.getOrDefault(row.applicantOrganizationId(), "#" + row.applicantOrganizationId()),
                row.productId() == null ? null : productNames.get(row.productId()),
                calendar.workingDaysBetween(row.submittedOn(), today), row.isReviewOverdue(today))).toList();
        return new View(today, counts, productNames, entries, current, totalPages, listed.size(), overdue);
    }

    private List<WorkbenchRow> visibleTo(CurrentUser user) {
        if (user.isPlatformStaff()) {
            return rows.all();
        }
        if (user.hasRole(Role.BANK)) {
            return rows.ofLender(user.organizationId());
        }
        throw new AccessDeniedException("Role " + user.role() + " has no loan workbench");
    }

    /** Reads the applicants' names of one page with a single query, by organisation id. */
    private Map<Long, String> namesOf(List<WorkbenchRow> onPage) {
        List<Long> ids = onPage.stream().map(WorkbenchRow::applicantOrganizationId).distinct().toList();
        Map<Long, String> names = new HashMap<>();
        for (Organization organization : organizations.findAll(ids)) {
            names.put(organization.getId(), organization.getName());
        }
        return names;
    }
}
