package cn.ipfin.roadshow.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import cn.ipfin.core.reference.Industry;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.ipasset.IpAsset;
import cn.ipfin.ipasset.IpAssetService;
import cn.ipfin.roadshow.EventFormat;
import cn.ipfin.roadshow.FinancingMethod;
import cn.ipfin.roadshow.FundingStage;
import cn.ipfin.roadshow.InvestorPreference;
import cn.ipfin.roadshow.MatchmakingService;
import cn.ipfin.roadshow.ProjectDetails;
import cn.ipfin.roadshow.RoadshowEventService;
import cn.ipfin.roadshow.RoadshowProject;
import cn.ipfin.roadshow.RoadshowService;
import cn.ipfin.roadshow.TeamMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Publishes two roadshow projects of the demo enterprise, saves preferences for the demo investor and schedules one
 * roadshow event, once, when the demo enterprise has no project yet.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class RoadshowDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RoadshowDemoData.class);

    private final UserAccountService accounts;
    private final RoadshowService roadshow;
    private final MatchmakingService matchmaking;
    private final RoadshowEventService events;
    private final IpAssetService ipAssets;
    private final Clock clock;

    RoadshowDemoData(UserAccountService accounts, RoadshowService roadshow, MatchmakingService matchmaking,
            RoadshowEventService events, IpAssetService ipAssets, Clock clock) {
        this.accounts = accounts;
        this.roadshow = roadshow;
        this.matchmaking = matchmaking;
        this.events = events;
        this.ipAssets = ipAssets;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.usernameTaken("enterprise") || !accounts.usernameTaken("investor")) {
            return;
        }
        CurrentUser enterprise = accounts.loadUserByUsername("enterprise");
        if (roadshow.anyOwnedBy(enterprise.organizationId())) {
            return;
        }
        List<Long> patents = ipAssets.ownedBy(enterprise.organizationId(), 3).stream().map(IpAsset::getId).toList();
        publish(enterprise, monitoringProject(patents));
        publish(enterprise, dispatchProject());
        matchmaking.savePreference(accounts.loadUserByUsername("investor").organizationId(), null,
                new InvestorPreference.PreferenceForm(Set.of(Industry.I, Industry.C),
                        Set.of(FundingStage.ANGEL, FundingStage.SERIES_A), new BigDecimal("5000000"),
                        new BigDecimal("50000000")));
        LocalDate day = LocalDate.now(clock).plusDays(21);
        events.schedule(new RoadshowEventService.EventForm("综改示范区硬科技项目路演（第一期）",
                "六家科技企业现场路演，投资机构点评与对接。", EventFormat.OFFLINE, "太原市小店区学府街 1 号综改区双创中心",
                day.atTime(LocalTime.of(14, 0)).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), 60), "operator");
        log.info("Loaded demo roadshow projects, investor preferences and one roadshow event");
    }

    private void publish(CurrentUser enterprise, ProjectDetails details) {
        RoadshowProject project = roadshow.create(enterprise.organizationId(), details);
        project = roadshow.submit(project.getId(), project.getVersion(), enterprise.organizationId());
        roadshow.publish(project.getId(), project.getVersion(), "operator");
    }

    private static ProjectDetails monitoringProject(List<Long> patents) {
        return new ProjectDetails("煤矿井下多参数智能监测终端扩产", "以自有发明专利为核心的瓦斯、粉尘、温度一体化监测终端，"
                + "已在省内 12 座煤矿部署，2025 年营业收入 4,800 万元。", "I", FundingStage.SERIES_A,
                new BigDecimal("30000000"), FinancingMethod.EQUITY, "扩建传感器产线 60%，研发投入 30%，补充流动资金 10%。",
                patents, List.of(new TeamMember("王强", "创始人、总经理", "煤炭科学研究总院 15 年"),
                        new TeamMember("刘静", "技术总监", "太原理工大学博士")));
    }

    private static ProjectDetails dispatchProject() {
        return new ProjectDetails("露天矿无人驾驶矿卡调度平台", "面向露天煤矿的矿卡协同调度与安全预警平台，完成两座矿山试点。", "I",
                FundingStage.ANGEL, new BigDecimal("8000000"), FinancingMethod.CONVERTIBLE,
                "调度算法研发 50%，试点矿山部署 40%，市场推广 10%。", List.of(),
                List.of(new TeamMember("陈磊", "联合创始人", "自动驾驶算法工程师")));
    }
}
