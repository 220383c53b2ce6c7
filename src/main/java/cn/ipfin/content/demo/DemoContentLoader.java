package cn.ipfin.content.demo;

import java.math.BigDecimal;
import java.util.List;

import cn.ipfin.content.Article;
import cn.ipfin.content.ArticleDraft;
import cn.ipfin.content.ArticleService;
import cn.ipfin.content.FinancingCase;
import cn.ipfin.content.FinancingCaseDetails;
import cn.ipfin.content.FinancingCaseService;
import cn.ipfin.identity.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes the demo articles and financing cases once: the demo operator writes and submits each article and
 * the demo administrator reviews and publishes it, as maker-checker requires. Runs after the demo accounts
 * exist and does nothing when the first demo article is already there.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class DemoContentLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);
    private static final String AUTHOR = "operator";
    private static final String REVIEWER = "admin";

    private final UserAccountService accounts;
    private final ArticleService articles;
    private final FinancingCaseService cases;

    DemoContentLoader(UserAccountService accounts, ArticleService articles, FinancingCaseService cases) {
        this.accounts = accounts;
        this.articles = articles;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.usernameTaken(AUTHOR) || !accounts.usernameTaken(REVIEWER)) {
            return;
        }
        List<ArticleDraft> drafts = DemoArticles.all();
        if (!articles.existsWithTitle(drafts.get(0).title())) {
            drafts.forEach(this::publish);
            log.info("Loaded {} demo articles", drafts.size());
        }
        List<FinancingCaseDetails> demoCases = demoCases();
        if (!cases.existsWithTitle(demoCases.get(0).title())) {
            demoCases.forEach(details -> {
                FinancingCase created = cases.create(details, AUTHOR);
                cases.publish(created.getId(), created.getVersion(), AUTHOR);
            });
            log.info("Loaded {} demo financing cases", demoCases.size());
        }
    }

    private void publish(ArticleDraft draft) {
        Article article = articles.create(draft, AUTHOR);
        article = articles.submit(article.getId(), article.getVersion(), AUTHOR);
        articles.publish(article.getId(), article.getVersion(), REVIEWER);
    }

    /** Fictional, anonymised cases that show each financing model; each title starts with 示例案例. */
    private static List<FinancingCaseDetails> demoCases() {
        return List.of(
                new FinancingCaseDetails("示例案例：煤矿安全监测企业以发明专利直接质押获贷 500 万元", "太原某煤矿安全装备企业（匿名）",
                        "专用设备制造", new BigDecimal("5000000.00"), 12, "发明专利 3 件（气体检测、井下定位）",
                        "DIRECT_PLEDGE", "某股份制银行太原分行",
                        "评估机构以收益法评估专利组合价值 1,280 万元，银行按 39% 质押率放款，利率为 1 年期 LPR 加 90 个基点。"
                                + "企业按期付息，到期还本，并获得政府贴息，实际融资成本明显低于同期信用贷款。本案例为演示数据。"),
                new FinancingCaseDetails("示例案例：新材料初创企业获政府基金担保加专利反担保贷款", "晋中某新材料企业（匿名）", "新材料",
                        new BigDecimal("3000000.00"), 24, "发明专利 1 件、实用新型 4 件",
                        "GOVERNMENT_FUND_GUARANTEE", "某城市商业银行",
                        "政府出资的担保基金为贷款提供担保，企业以专利向基金反担保。企业当年完成中试线建设，销售收入翻番。本案例为演示数据。"),
                new FinancingCaseDetails("示例案例：软件企业经科技担保公司增信取得流动资金贷款", "太原某工业软件企业（匿名）", "软件和信息技术服务",
                        new BigDecimal("2000000.00"), 12, "软件著作权 12 件、发明专利 1 件",
                        "TECH_GUARANTOR", "某国有银行山西省分行",
                        "科技担保公司按 1% 年费率提供担保，企业以专利和软件著作权向担保公司反担保，贷款按期结清。本案例为演示数据。"),
                new FinancingCaseDetails("示例案例：保险增信质押贷款，风险补偿基金等四方分担", "长治某光电企业（匿名）", "电子器件",
                        new BigDecimal("1500000.00"), 12, "实用新型 6 件",
                        "INSURED_PLEDGE", "某农村商业银行",
                        "保险公司承保知识产权质押贷款，风险补偿基金、银行、保险公司和评估机构约定按比例分担损失。企业首次获得银行贷款。本案例为演示数据。"));
    }
}
