package cn.ipfin.dashboard;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.ipasset.IpAssetData;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.ipasset.IpNumber;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.RegistrationForm;
import cn.ipfin.organization.RegistrationService;
import cn.ipfin.support.TestData;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a known set of pledge loans of one new bank and their repayments straight into the loan tables, in
 * states the workflow cannot reach yet (settled, defaulted) and with dates in the first half of 2025.
 */
public final class DashboardFixture {

    private static int serial = (int) (System.nanoTime() % 1_000_000);

    private final JdbcTemplate jdbc;
    private final RegistrationService registrations;
    private final OrganizationService organizations;
    private final IpAssetService assets;

    public DashboardFixture(JdbcTemplate jdbc, RegistrationService registrations, OrganizationService organizations,
            IpAssetService assets) {
        this.jdbc = jdbc;
        this.registrations = registrations;
        this.organizations = organizations;
        this.assets = assets;
    }

    /** Registers and verifies an organisation of the type in the district and industry. */
    public Organization organization(String type, String name, String district, String industry) {
        Organization organization = registrations.register(new RegistrationForm(type, name,
                TestData.uniqueCreditCode(), district, industry, "联系人", "13912345678", null,
                TestData.uniqueUsername(type.toLowerCase(java.util.Locale.ROOT)), TestData.PASSWORD));
        return organizations.verify(organization.getId(), organization.getVersion(), "test");
    }

    public Long patent(Organization owner, IpKind kind) {
        String digits = String.format("2021%d%07d", kind == IpKind.INVENTION ? 1 : 2, nextSerial());
        String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
        IpAssetData data = new IpAssetData(kind, "一种统计测试用的装置", null, null, List.of(owner.getName()),
                List.of(), null, LocalDate.of(2021, 3, 4), null, LocalDate.of(2022, 1, 10), List.of(), null, 5, 1);
        return assets.save(new IpNumber(number, false, "CN"), data, "授权", "TEST", "test").asset().getId();
    }

    /** Inserts a loan. A null {@code approvedAmount} means the bank has not prepared the loan yet. */
    public Long loan(Organization applicant, Organization bank, String state, String amount, String approvedAmount,
            String rate, LocalDate submittedOn, LocalDate disbursedOn, Long... assetIds) {
        Timestamp now = Timestamp.from(Instant.now());
        Long id = jdbc.queryForObject("""
                insert into loan_application (applicant_org_id, lender_org_id, amount, term_months, annual_rate,
                    method, purpose, state, approved_amount, approved_rate, submitted_on, disbursed_on, created_by,
                    created_at, updated_at)
                values (?, ?, ?, 12, ?, 'EQUAL_INSTALLMENT', '统计测试', ?, ?, ?, ?, ?, 'test', ?, ?)
                returning id
                """, Long.class, applicant.getId(), bank.getId(), new BigDecimal(amount), new BigDecimal(rate),
                state, approvedAmount == null ? null : new BigDecimal(approvedAmount),
                approvedAmount == null ? null : new BigDecimal(rate), Date.valueOf(submittedOn),
                disbursedOn == null ? null : Date.valueOf(disbursedOn), now, now);
        for (Long assetId : assetIds) {
            jdbc.update("insert into loan_application_asset (application_id, asset_id) values (?, ?)", id, assetId);
        }
        return id;
    }

    /** Inserts a regular repayment of principal and interest on the value date, recorded by the lender. */
    public void repayment(Long loanId, Organization bank, LocalDate valueDate, String principal, String interest) {
        BigDecimal principalPaid = new BigDecimal(principal);
        BigDecimal interestPaid = new BigDecimal(interest);
        jdbc.update("""
                insert into loan_repayment (application_id, kind, value_date, amount, principal, interest, penalty,
                    schedule_version, recorded_by, recorded_org_id, recorded_at)
                values (?, 'REGULAR', ?, ?, ?, ?, 0, 1, 'test', ?, ?)
                """, loanId, Date.valueOf(valueDate), principalPaid.add(interestPaid), principalPaid, interestPaid,
                bank.getId(), Timestamp.from(Instant.now()));
    }

    private static synchronized int nextSerial() {
        return serial++ % 10_000_000;
    }
}
