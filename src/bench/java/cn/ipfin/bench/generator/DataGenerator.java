package cn.ipfin.bench.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.mapper.orm.Search;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import cn.ipfin.IpfinApplication;
import cn.ipfin.core.identifier.CreditCode;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.core.money.Money;
import cn.ipfin.core.reference.District;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.loan.Installment;
import cn.ipfin.loan.LoanTerms;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.loan.RepaymentSchedule;
import cn.ipfin.loan.RepaymentScheduleCalculator;
import cn.ipfin.organization.OrganizationNames;

/**
 * Fills an empty database with a provincial-scale data set for the benchmarks: enterprises and
 * institutions, their users, two years of financial statements, patents and pledge loans in every state with
 * schedules and repayments. Rows go in through {@code COPY}, then Hibernate Search's mass indexer rebuilds the
 * search index.
 *
 * <p>Runs the application itself with demo data off on {@code generator.dataDir} (default {@code ./data-bench}),
 * so Flyway creates the schema, and refuses a database that already has organisations. {@code generator.scale}
 * is {@code province} (1.0), {@code smoke} (0.01) or a fraction. Every account has the password
 * {@value #PASSWORD}; {@code bench-admin}, {@code bench-bank} and {@code bench-enterprise} are the accounts the
 * load test signs in with.
 */
public final class DataGenerator {

    static final String PASSWORD = "Bench#2026";
    static final int PROVINCE_ENTERPRISES = 50_000;
    static final int PROVINCE_IP_ASSETS = 500_000;
    static final int PROVINCE_LOANS = 20_000;
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneOffset OFFSET = ZoneOffset.ofHours(8);

    /** Institution types with their count at provincial scale and the user name prefix. */
    private static final List<Object[]> INSTITUTIONS = List.of(
            new Object[] {"BANK", 60, "bank", "BANK", "银行", "分行"},
            new Object[] {"GUARANTOR", 20, "guar", "GUARANTOR", "融资担保", "有限公司"},
            new Object[] {"INSURER", 10, "ins", "INSURER", "财产保险", "中心支公司"},
            new Object[] {"EVALUATOR", 30, "eval", "EVALUATOR", "资产评估", "有限公司"},
            new Object[] {"INVESTOR", 30, "inv", "INVESTOR", "创业投资", "管理有限公司"},
            new Object[] {"LAW_FIRM", 30, "law", "LAW_FIRM", "律师", "事务所"},
            new Object[] {"GOVERNMENT", 12, "gov", "GOVERNMENT", "知识产权", "局"});

    private static final String[] LOAN_STATES = {"SUBMITTED", "CHECKS_FAILED", "CHECKED", "VALUED", "GUARANTEED",
        "DECLINED", "PREPARED", "APPROVED", "REJECTED", "REGISTERED", "WITHDRAWN", "DISBURSED", "SETTLED",
        "DEFAULTED"};
    private static final int[] LOAN_STATE_WEIGHTS = {4, 2, 3, 3, 3, 2, 3, 3, 2, 3, 2, 45, 20, 5};

    private final double scale;
    private final SplittableRandom random = new SplittableRandom(20_261_205L);
    private final LocalDate today = LocalDate.now(SHANGHAI);
    private final OffsetDateTime now = OffsetDateTime.now(OFFSET).withNano(0);
    private final String passwordHash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
    private final RepaymentScheduleCalculator schedules = new RepaymentScheduleCalculator();

    private final List<String> enterpriseNames = new ArrayList<>();
    private final List<String> enterpriseUsers = new ArrayList<>();
    private final List<Long> bankIds = new ArrayList<>();
    private final List<String> bankUsers = new ArrayList<>();
    private final List<Long> guarantorIds = new ArrayList<>();
    private long nextOrganizationId = 1;
    private long nextUserId = 1;
    private long platformId;
    private long firstEnterpriseId;

    DataGenerator(double scale) {
        this.scale = scale;
    }

    public static void main(String[] args) throws Exception {
        double scale = parseScale(System.getProperty("generator.scale", "province"));
        String dataDir = System.getProperty("generator.dataDir", "./data-bench");
        SpringApplication application = new SpringApplication(IpfinApplication.class);
        String[] arguments = {"--ipfin.data-dir=" + dataDir, "--ipfin.demo-data=false",
            "--ipfin.embedded-postgres.port=" + System.getProperty("generator.dbPort", "54339"),
            "--server.port=0", "--server.address=127.0.0.1"};
        try (ConfigurableApplicationContext context = application.run(arguments)) {
            new DataGenerator(scale).generate(context.getBean(DataSource.class),
                    context.getBean(EntityManagerFactory.class));
        }
    }

    static double parseScale(String text) {
        return switch (text) {
            case "province" -> 1.0;
            case "smoke" -> 0.01;
            default -> Double.parseDouble(text);
        };
    }

    int scaled(int provincial) {
        return Math.max(1, (int) Math.round(provincial * scale));
    }

    void generate(DataSource dataSource, EntityManagerFactory entityManagerFactory) throws Exception {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement();
                    ResultSet count = statement.executeQuery("select count(*) from organization")) {
                count.next();
                if (count.getLong(1) > 0) {
                    throw new IllegalStateException("The database already holds organisations; the generator "
                            + "fills only an empty database (delete the data directory first)");
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int enterprises = scaled(PROVINCE_ENTERPRISES);
            int assets = scaled(PROVINCE_IP_ASSETS);
            int loans = scaled(PROVINCE_LOANS);
            step("organisations and users", () -> organizations(copy, enterprises));
            step("financial statements", () -> statements(copy, enterprises));
            step("IP assets", () -> ipAssets(copy, assets, enterprises));
            step("loans", () -> {
                List<Long> pledged = loans(copy, loans, enterprises, assets);
                try (var update = connection.prepareStatement(
                        "update ip_asset set pledged = true where id = any(?)")) {
                    update.setArray(1, connection.createArrayOf("bigint", pledged.toArray()));
                    update.executeUpdate();
                }
            });
            try (Statement statement = connection.createStatement()) {
                for (String table : List.of("organization", "user_account", "financial_statement", "ip_asset",
                        "ip_legal_status_event", "ip_pledge", "loan_application", "loan_application_event",
                        "loan_repayment")) {
                    statement.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), "
                            + "coalesce((select max(id) from " + table + "), 0) + 1, false)");
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze");
            }
            System.out.printf("Rows: %d enterprises, %d IP assets, %d loans at scale %s%n", enterprises, assets,
                    loans, scale);
        }
        step("search index (mass indexer)", () -> Search.mapping(entityManagerFactory).scope(Object.class)
                .massIndexer().threadsToLoadObjects(2).batchSizeToLoadObjects(100).startAndWait());
        System.out.printf("Generated in %s%n", Duration.ofNanos(System.nanoTime() - started));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void step(String name, Step step) throws Exception {
        long started = System.nanoTime();
        step.run();
        System.out.printf("%-30s %8.1f s%n", name, (System.nanoTime() - started) / 1e9);
    }

    // ---- organisations and users ----

    private void organizations(CopyManager copy, int enterprises) throws SQLException {
        Set<String> names = new HashSet<>();
        try (CopyStream orgs = new CopyStream(copy, "organization", "id, type, name, name_key, credit_code, "
                + "district_code, industry_code, contact_name, contact_phone, introduction, status, reviewed_by, "
                + "reviewed_at, registered_at");
                CopyStream users = new CopyStream(copy, "user_account", "id, username, password_hash, "
                        + "display_name, role, organization_id, created_at")) {
            platformId = organization(orgs, "PLATFORM", "山西知融知识产权金融服务有限公司（基准）", "140105", "L");
            user(users, "bench-admin", "ADMIN", platformId);
            user(users, "bench-operator", "OPERATOR", platformId);
            for (Object[] institution : INSTITUTIONS) {
                String type = (String) institution[0];
                int count = Math.max(2, scaled((Integer) institution[1]));
                for (int i = 0; i < count; i++) {
                    String city = Vocabulary.CITIES.get(i % Vocabulary.CITIES.size());
                    String name = city + Vocabulary.BRANDS.get(i % Vocabulary.BRANDS.size()) + institution[4]
                            + (i >= Vocabulary.BRANDS.size() ? "第" + (i / Vocabulary.BRANDS.size() + 1) : "")
                            + institution[5];
                    long id = organization(orgs, type, name, cityCode(city), "J");
                    String username = i == 0 && type.equals("BANK") ? "bench-bank"
                            : String.format("%s%03d", institution[2], i + 1);
                    user(users, username, (String) institution[3], id);
                    if (type.equals("BANK")) {
                        bankIds.add(id);
                        bankUsers.add(username);
                    } else if (type.equals("GUARANTOR")) {
                        guarantorIds.add(id);
                    }
                }
            }
            firstEnterpriseId = nextOrganizationId;
            for (int i = 0; i < enterprises; i++) {
                String name;
                do {
                    name = Vocabulary.pick(Vocabulary.CITIES, random) + Vocabulary.pick(Vocabulary.BRANDS, random)
                            + Vocabulary.pick(Vocabulary.FIELDS, random) + Vocabulary.pick(Vocabulary.SUFFIXES, random);
                    if (!names.add(name)) {
                        name = null;
                    }
                } while (name == null && names.size() < 400_000);
                if (name == null) {
                    name = "山西" + Vocabulary.pick(Vocabulary.FIELDS, random) + "企业" + (i + 1) + "有限公司";
                }
                enterpriseNames.add(name);
                District district = Vocabulary.pick(District.ALL, random);
                Industry industry = random.nextInt(10) < 6 ? Industry.C
                        : Vocabulary.pick(List.of(Industry.values()), random);
                long id = organization(orgs, "ENTERPRISE", name, district.code(), industry.name());
                String username = i == 0 ? "bench-enterprise" : String.format("e%06d", i + 1);
                user(users, username, "ENTERPRISE", id);
                enterpriseUsers.add(username);
            }
        }
    }

    private long organization(CopyStream orgs, String type, String name, String district, String industry)
            throws SQLException {
        long id = nextOrganizationId++;
        String first17 = "91" + district + String.format("%09d", 100_000_000L + id);
        OffsetDateTime registered = now.minusDays(30 + random.nextInt(1500));
        orgs.row(id, type, name, OrganizationNames.key(name), CreditCode.withCheckCharacter(first17).value(),
                district, industry, Vocabulary.personName(random),
                String.format("139%08d", random.nextInt(100_000_000)),
                name + "立足山西，专注于" + Vocabulary.pick(Vocabulary.FIELDS, random) + "领域的研发与应用。",
                "VERIFIED", "bench-operator", registered.plusDays(2), registered);
        return id;
    }

    private void user(CopyStream users, String username, String role, long organizationId) throws SQLException {
        users.row(nextUserId++, username, passwordHash, Vocabulary.personName(random), role, organizationId,
                now.minusDays(10));
    }

    private static String cityCode(String city) {
        int index = Vocabulary.CITIES.indexOf(city);
        return String.format("14%02d00", index + 1);
    }

    // ---- financial statements ----

    private void statements(CopyManager copy, int enterprises) throws SQLException {
        long statementId = 1;
        int lastYear = today.getYear() - 1;
        // try-with-resources closes, and so copies, in reverse order: referenced tables come last.
        try (CopyStream lines = new CopyStream(copy, "financial_statement_line", "statement_id, item, amount");
                CopyStream statements = new CopyStream(copy, "financial_statement",
                        "id, organization_id, fiscal_year, employees, tech_staff, updated_at, updated_by")) {
            for (int i = 0; i < enterprises; i++) {
                long organizationId = firstEnterpriseId + i;
                long revenue = 2_000_000L + random.nextLong(200_000_000L);
                int employees = 10 + random.nextInt(490);
                int techStaff = Math.max(1, employees * (5 + random.nextInt(40)) / 100);
                for (int year = lastYear - 1; year <= lastYear; year++) {
                    long id = statementId++;
                    statements.row(id, organizationId, year, employees, techStaff, now.minusDays(60),
                            enterpriseUsers.get(i));
                    long totalAssets = revenue * (8 + random.nextInt(15)) / 10;
                    long currentAssets = totalAssets * (30 + random.nextInt(40)) / 100;
                    long totalLiabilities = totalAssets * (20 + random.nextInt(55)) / 100;
                    long currentLiabilities = totalLiabilities * (40 + random.nextInt(50)) / 100;
                    long operatingCost = revenue * (55 + random.nextInt(30)) / 100;
                    long rd = revenue * (2 + random.nextInt(12)) / 100;
                    long totalCost = operatingCost + rd + revenue * (3 + random.nextInt(8)) / 100;
                    long netProfit = (revenue - totalCost) * 85 / 100;
                    line(lines, id, "CURRENT_ASSETS", currentAssets);
                    line(lines, id, "TOTAL_ASSETS", totalAssets);
                    line(lines, id, "CURRENT_LIABILITIES", currentLiabilities);
                    line(lines, id, "TOTAL_LIABILITIES", totalLiabilities);
                    line(lines, id, "OWNERS_EQUITY", totalAssets - totalLiabilities);
                    line(lines, id, "OPERATING_REVENUE", revenue);
                    line(lines, id, "OPERATING_COST", operatingCost);
                    line(lines, id, "TOTAL_COST_AND_EXPENSE", totalCost);
                    line(lines, id, "NET_PROFIT", netProfit);
                    line(lines, id, "OPERATING_CASH_FLOW", netProfit + revenue / 20);
                    line(lines, id, "INVESTING_CASH_FLOW", -revenue / 10);
                    line(lines, id, "FINANCING_CASH_FLOW", revenue / 25);
                    line(lines, id, "RD_EXPENSE", rd);
                    line(lines, id, "EMPLOYEES", employees);
                    line(lines, id, "TECH_STAFF", techStaff);
                    revenue = revenue * (95 + random.nextInt(30)) / 100;
                }
            }
        }
    }

    private static void line(CopyStream lines, long statementId, String item, long amount) throws SQLException {
        lines.row(statementId, item, BigDecimal.valueOf(amount).setScale(2));
    }

    // ---- IP assets ----

    private static final String[][] LEGAL_STATUSES = {
        {"VALID", "有效"}, {"PENDING", "审中"}, {"LAPSED", "未缴年费专利权终止"}, {"EXPIRED", "期限届满"},
        {"INVALIDATED", "全部无效"}, {"REJECTED", "驳回"}, {"WITHDRAWN", "撤回"}};
    private static final int[] LEGAL_STATUS_WEIGHTS = {55, 20, 14, 5, 2, 2, 2};

    private void ipAssets(CopyManager copy, int assets, int enterprises) throws SQLException {
        int[] serials = new int[3 * 40];
        try (CopyStream events = new CopyStream(copy, "ip_legal_status_event",
                        "id, asset_id, legal_status, status_text, effective_date, recorded_at, recorded_by");
                CopyStream rows = new CopyStream(copy, "ip_asset", "id, registry, kind, number, foreign_number, office, "
                + "title, abstract_text, owners, owner_keys, owner_organization_id, inventors, publication_number, "
                + "filing_date, publication_date, grant_date, classification, main_classification, claims_count, "
                + "family_size, legal_status, legal_status_text, source, created_at, updated_at, annual_fee_status")) {
            for (int i = 0; i < assets; i++) {
                long id = i + 1L;
                int owner = i % enterprises;
                // The first asset of every enterprise is a granted, valid invention or utility model, so that a
                // loan can pledge it.
                boolean pledgeable = i < enterprises;
                int typeIndex = pledgeable ? random.nextInt(2) : weighted(new int[] {45, 40, 15});
                String kind = List.of("INVENTION", "UTILITY_MODEL", "DESIGN").get(typeIndex);
                int year = 2008 + random.nextInt(today.getYear() - 2008 - (pledgeable ? 2 : 0));
                int serial = ++serials[typeIndex * 40 + (year - 2000) % 40];
                String digits = String.format("%d%d%07d", year, typeIndex + 1, serial);
                String number = digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
                LocalDate filed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                String[] status = pledgeable ? LEGAL_STATUSES[0] : LEGAL_STATUSES[weighted(LEGAL_STATUS_WEIGHTS)];
                boolean granted = !status[0].equals("PENDING") && !status[0].equals("REJECTED")
                        && !status[0].equals("WITHDRAWN");
                LocalDate published = typeIndex == 0 ? filed.plusMonths(18) : filed.plusMonths(6);
                LocalDate grant = granted ? filed.plusMonths(typeIndex == 0 ? 24 + random.nextInt(18)
                        : 6 + random.nextInt(6)) : null;
                if (grant != null && grant.isAfter(today)) {
                    grant = today.minusDays(1 + random.nextInt(30));
                }
                if (published.isAfter(today)) {
                    published = null;
                }
                Vocabulary.Field field = Vocabulary.pick(Vocabulary.TECH, random);
                String subject = Vocabulary.pick(field.subjects(), random);
                String object = Vocabulary.pick(field.objects(), random);
                String title = typeIndex == 2 ? subject + object + "设备（外观）"
                        : Vocabulary.pick(Vocabulary.TITLE_PREFIXES, random) + subject + object
                                + Vocabulary.pick(Vocabulary.TITLE_SUFFIXES, random);
                String abstractText = "本" + (typeIndex == 0 ? "发明" : "实用新型") + "公开了" + title + "，涉及"
                        + subject + "技术领域。通过对" + object + "的改进，" + Vocabulary.pick(Vocabulary.EFFECTS, random)
                        + "，并" + Vocabulary.pick(Vocabulary.EFFECTS, random) + "。";
                String mainIpc = Vocabulary.pick(field.ipc(), random);
                String secondIpc = Vocabulary.pick(field.ipc(), random);
                String classification = secondIpc.equals(mainIpc) ? mainIpc : mainIpc + "; " + secondIpc;
                String ownerName = enterpriseNames.get(owner);
                String inventors = Vocabulary.personName(random) + "；" + Vocabulary.personName(random);
                String publication = published == null ? null : String.format("CN%09d%s", 100_000_000 + i,
                        typeIndex == 0 ? (grant == null ? "A" : "B") : (typeIndex == 1 ? "U" : "S"));
                OffsetDateTime created = now.minusDays(random.nextInt(700));
                rows.row(id, "PATENT", kind, number, false, "CN", title, typeIndex == 2 ? null : abstractText,
                        ownerName, "|" + OrganizationNames.key(ownerName) + "|", firstEnterpriseId + owner,
                        inventors, publication, filed, published, grant, classification,
                        mainIpc.substring(0, 4), typeIndex == 2 ? null : 1 + random.nextInt(20), random.nextInt(6),
                        status[0], status[1], "IMPORT", created, created,
                        status[0].equals("VALID") ? "PAID" : "UNKNOWN");
                events.row(id, id, status[0], status[1], grant != null ? grant : filed, created, "bench-operator");
            }
        }
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    // ---- loans ----

    private List<Long> loans(CopyManager copy, int loans, int enterprises, int assets) throws SQLException {
        long eventId = 1;
        long repaymentId = 1;
        long pledgeId = 1;
        List<Long> pledgedAssets = new ArrayList<>();
        try (CopyStream applicationAssets = new CopyStream(copy, "loan_application_asset",
                        "application_id, asset_id");
                CopyStream events = new CopyStream(copy, "loan_application_event", "id, application_id, action, "
                        + "from_state, to_state, actor, actor_org_id, occurred_at");
                CopyStream installments = new CopyStream(copy, "loan_installment", "application_id, period, "
                        + "due_date, payment, principal, interest, balance, principal_paid, interest_paid");
                CopyStream accounts = new CopyStream(copy, "loan_account",
                        "application_id, penalty_rate, accrual_start, last_value_date");
                CopyStream repayments = new CopyStream(copy, "loan_repayment", "id, application_id, kind, "
                        + "value_date, amount, principal, interest, penalty, schedule_version, recorded_by, "
                        + "recorded_org_id, recorded_at");
                CopyStream pledges = new CopyStream(copy, "ip_pledge", "id, asset_id, pledgor_org_id, "
                        + "pledgee_org_id, reference, registration_number, registered_on, released_on, status, "
                        + "recorded_at, recorded_by");
                CopyStream applications = new CopyStream(copy, "loan_application", "id, applicant_org_id, "
                + "lender_org_id, guarantor_org_id, amount, term_months, annual_rate, method, purpose, state, "
                + "conservative_value, valuation_reference, pledge_rate_cap, approved_amount, approved_rate, "
                + "prepared_by, approved_by, registration_number, registered_on, disbursed_on, submitted_on, "
                + "review_due_on, created_by, created_at, updated_at")) {
            for (int i = 0; i < loans; i++) {
                long id = i + 1L;
                int applicant = i % enterprises;
                int round = i / enterprises;
                long assetId = Math.min(assets, applicant + 1L + (long) round * enterprises);
                long applicantId = firstEnterpriseId + applicant;
                int bank = i % bankIds.size();
                long lenderId = bankIds.get(bank);
                String bankUser = bankUsers.get(bank);
                String state = LOAN_STATES[weighted(LOAN_STATE_WEIGHTS)];
                int stage = List.of(LOAN_STATES).indexOf(state);
                boolean disbursed = stage >= 11;
                boolean approved = disbursed || state.equals("APPROVED") || state.equals("REGISTERED");
                boolean valued = approved || state.equals("VALUED") || state.equals("GUARANTEED")
                        || state.equals("PREPARED") || state.equals("DECLINED") || state.equals("REJECTED");
                BigDecimal amount = BigDecimal.valueOf(500_000L + 100_000L * random.nextInt(96)).setScale(2);
                int term = List.of(12, 24, 36, 60).get(random.nextInt(4));
                BigDecimal rate = new BigDecimal("0.0300").add(BigDecimal.valueOf(random.nextInt(300), 4))
                        .setScale(6, RoundingMode.UNNECESSARY);
                RepaymentMethod method = RepaymentMethod.values()[random.nextInt(RepaymentMethod.values().length)];
                LocalDate disbursedOn = null;
                int paidPeriods = 0;
                if (disbursed) {
                    int monthsAgo = switch (state) {
                        case "SETTLED" -> term + 1 + random.nextInt(12);
                        case "DEFAULTED" -> 6 + random.nextInt(Math.max(1, term - 6));
                        default -> 1 + random.nextInt(term);
                    };
                    disbursedOn = today.minusMonths(monthsAgo).minusDays(random.nextInt(28));
                }
                LocalDate submitted = disbursedOn != null ? disbursedOn.minusDays(20 + random.nextInt(30))
                        : today.minusDays(random.nextInt(60));
                OffsetDateTime created = submitted.atTime(9, 30).atOffset(OFFSET);
                String applicantUser = enterpriseUsers.get(applicant);
                BigDecimal value = amount.multiply(BigDecimal.valueOf(2 + random.nextInt(3))).setScale(2);
                applications.row(id, applicantId, lenderId,
                        random.nextInt(3) == 0 ? guarantorIds.get(i % guarantorIds.size()) : null, amount, term,
                        rate, method.name(), "用于" + Vocabulary.pick(Vocabulary.FIELDS, random) + "研发与生产的流动资金",
                        state, valued ? value : null, valued ? "PG-" + submitted.getYear() + "-" + id : null,
                        valued ? new BigDecimal("0.5000") : null, approved ? amount : null, approved ? rate : null,
                        approved ? bankUser : null, approved ? "bench-bank" : null,
                        approved && stage >= 9 ? "Y" + submitted.getYear() + String.format("%07d", id) : null,
                        approved && stage >= 9 ? submitted.plusDays(10) : null, disbursedOn, submitted,
                        submitted.plusDays(15), applicantUser, created,
                        disbursedOn != null ? disbursedOn.atTime(16, 0).atOffset(OFFSET) : created);
                applicationAssets.row(id, assetId);
                events.row(eventId++, id, "submit", null, "SUBMITTED", applicantUser, applicantId, created);
                if (!state.equals("SUBMITTED")) {
                    events.row(eventId++, id, "advance", "SUBMITTED", state, bankUser, lenderId,
                            created.plusDays(5));
                }
                if (approved && stage >= 9) {
                    boolean released = state.equals("SETTLED");
                    pledges.row(pledgeId++, assetId, applicantId, lenderId, "LOAN-" + id,
                            "Y" + submitted.getYear() + String.format("%07d", id), submitted.plusDays(10),
                            released ? today.minusDays(random.nextInt(20) + 1) : null,
                            released ? "RELEASED" : "ACTIVE", created.plusDays(10), bankUser);
                    if (!released) {
                        pledgedAssets.add(assetId);
                    }
                }
                if (disbursedOn == null) {
                    continue;
                }
                RepaymentSchedule schedule = schedules.calculate(new LoanTerms(Money.of(amount), rate, term, method,
                        disbursedOn));
                LocalDate lastPaid = null;
                for (Installment installment : schedule.installments()) {
                    boolean due = installment.dueDate().isBefore(today);
                    boolean paid = state.equals("SETTLED")
                            || (due && !(state.equals("DEFAULTED") && paidPeriods >= 3));
                    installments.row(id, installment.period(), installment.dueDate(),
                            installment.payment().amount(), installment.principal().amount(),
                            installment.interest().amount(), installment.balance().amount(),
                            paid ? installment.principal().amount() : BigDecimal.ZERO.setScale(2),
                            paid ? installment.interest().amount() : BigDecimal.ZERO.setScale(2));
                    if (paid) {
                        paidPeriods++;
                        lastPaid = installment.dueDate().isAfter(today) ? today : installment.dueDate();
                        repayments.row(repaymentId++, id, "REGULAR", lastPaid, installment.payment().amount(),
                                installment.principal().amount(), installment.interest().amount(),
                                BigDecimal.ZERO.setScale(2), 1, bankUser, lenderId,
                                lastPaid.atTime(10, 0).atOffset(OFFSET));
                    }
                }
                accounts.row(id, rate.multiply(new BigDecimal("1.5")).setScale(6, RoundingMode.HALF_UP), disbursedOn,
                        lastPaid);
            }
        }
        return pledgedAssets;
    }
}
