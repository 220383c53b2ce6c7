package cn.ipfin.servicedesk.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import cn.ipfin.identity.CurrentUser;
import cn.ipfin.identity.UserAccountService;
import cn.ipfin.servicedesk.CourseKind;
import cn.ipfin.servicedesk.ServiceDeskService;
import cn.ipfin.servicedesk.ServiceTicket;
import cn.ipfin.servicedesk.TicketCategory;
import cn.ipfin.servicedesk.TicketChannel;
import cn.ipfin.servicedesk.TicketRequest;
import cn.ipfin.servicedesk.TrainingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Schedules one training course and files two service tickets of the demo enterprise, one from the web and one
 * taken by phone and assigned, once, when the enterprise has no ticket yet.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "ipfin.demo-data", havingValue = "true")
class ServiceDeskDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ServiceDeskDemoData.class);

    private final UserAccountService accounts;
    private final ServiceDeskService desk;
    private final TrainingService training;
    private final Clock clock;

    ServiceDeskDemoData(UserAccountService accounts, ServiceDeskService desk, TrainingService training, Clock clock) {
        this.accounts = accounts;
        this.desk = desk;
        this.training = training;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.usernameTaken("enterprise") || !accounts.usernameTaken("operator")) {
            return;
        }
        CurrentUser enterprise = accounts.loadUserByUsername("enterprise");
        if (!desk.ofOrganization(enterprise.organizationId()).isEmpty()) {
            return;
        }
        CurrentUser operator = accounts.loadUserByUsername("operator");
        desk.open(new TicketRequest(TicketChannel.WEB, TicketCategory.FINANCING, "质押贷款需要准备哪些材料",
                "计划以两件发明专利申请质押贷款，请告知评估和登记需要的材料清单。", null, null), enterprise);
        ServiceTicket phone = desk.open(new TicketRequest(TicketChannel.PHONE, TicketCategory.POLICY,
                "贴息政策申请时间咨询", "来电询问 2026 年知识产权质押贷款贴息的申报时间和条件。", "0351-7000001",
                "enterprise"), operator);
        desk.assign(phone.getId(), phone.getVersion(), "operator", operator);
        LocalDate day = LocalDate.now(clock).plusDays(14);
        training.schedule(new TrainingService.CourseForm("知识产权质押融资实务培训",
                "讲解专利价值评估、质押登记和贴息申报流程。", CourseKind.COURSE, "太原市长风街 10 号知识产权服务中心",
                day.atTime(LocalTime.of(9, 30)).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), 80), "operator");
        log.info("Loaded demo training course and service tickets");
    }
}
