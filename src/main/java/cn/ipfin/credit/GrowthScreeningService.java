package cn.ipfin.credit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.time.ClockConfiguration;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.organization.Organization;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.organization.OrganizationService.DirectoryQuery;
import cn.ipfin.organization.OrganizationType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Gathers the facts of every verified enterprise and runs the growth screening over them. */
@Service
public class GrowthScreeningService {

    private static final int PAGE_SIZE = 500;

    private final OrganizationService organizations;
    private final FinancialStatementService statements;
    private final TechSmeAssessmentService assessments;
    private final IpAssetService assets;
    private final Clock clock;
    private final GrowthScreeningCalculator calculator = new GrowthScreeningCalculator();

    GrowthScreeningService(OrganizationService organizations, FinancialStatementService statements,
            TechSmeAssessmentService assessments, IpAssetService assets, Clock clock) {
        this.organizations = organizations;
        this.statements = statements;
        this.assessments = assessments;
        this.assets = assets;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<GrowthScreeningRow> screen(GrowthCriteria criteria) {
        List<GrowthFacts> facts = new ArrayList<>();
        int page = 0;
        Page<Organization> enterprises;
        do {
            enterprises = organizations.directory(new DirectoryQuery(OrganizationType.ENTERPRISE, null, null, null),
                    PageRequest.of(page++, PAGE_SIZE, Sort.by("id")));
            enterprises.forEach(enterprise -> facts.add(factsOf(enterprise)));
        } while (enterprises.hasNext());
        return calculator.screen(facts, criteria);
    }

    private GrowthFacts factsOf(Organization enterprise) {
        List<FinancialStatement> years = statements.statementsOf(enterprise.getId()).stream().limit(3).toList();
        FinancialStatement latest = years.isEmpty() ? null : years.get(0);
        FinancialStatement earliest = years.isEmpty() ? null : years.get(years.size() - 1);
        LocalDate yearAgo = LocalDate.now(clock.withZone(ClockConfiguration.ZONE)).minusYears(1);
        int newIp = (int) assets.ownedBy(enterprise.getId()).stream()
                .filter(asset -> asset.getFilingDate() != null && asset.getFilingDate().isAfter(yearAgo)).count();
        Boolean techSme = assessments.latestOf(enterprise.getId())
                .map(record -> assessments.resultOf(record).qualified()).orElse(null);
        return new GrowthFacts(enterprise.getId(), enterprise.getName(), enterprise.getIndustryCode(),
                enterprise.getDistrictCode(), revenue(earliest), revenue(latest),
                latest == null ? 0 : latest.getFiscalYear() - earliest.getFiscalYear(),
                latest == null ? null : amount(latest, StatementItem.RD_EXPENSE), newIp, techSme);
    }

    private static BigDecimal revenue(FinancialStatement statement) {
        return statement == null ? null : amount(statement, StatementItem.OPERATING_REVENUE);
    }

    private static BigDecimal amount(FinancialStatement statement, StatementItem item) {
        var money = statement.amount(item);
        return money == null ? null : money.amount();
    }
}
