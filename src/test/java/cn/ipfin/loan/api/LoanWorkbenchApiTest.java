package cn.ipfin.loan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.calendar.WorkingDayCalendar;
import cn.ipfin.core.calendar.WorkingDayCalendarService;
import cn.ipfin.support.ApiClient;
import cn.ipfin.support.ApiClient.Response;
import cn.ipfin.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The bank workbench through the API: its own bank's applications only, oldest first, overdue ones flagged. */
class LoanWorkbenchApiTest extends LoanFlowTest {

    private static final String WORKBENCH = "/api/v1/loan-applications/workbench";

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private WorkingDayCalendarService calendars;

    @Test
    void overdueApplicationIsFlaggedAndListedFirst() {
        Parties parties = parties("工作台超时");
        JsonNode fresh = apply(parties, null);
        JsonNode late = apply(parties, null);
        LocalDate submitted = submittedDaysAgo(late, 20);

        JsonNode workbench = parties.maker().get(WORKBENCH).body();
        List<Long> ids = ids(workbench);
        JsonNode lateEntry = workbench.get("entries").get(ids.indexOf(id(late)));
        JsonNode freshEntry = workbench.get("entries").get(ids.indexOf(id(fresh)));

        assertThat(ids).containsExactly(id(late), id(fresh));
        assertThat(lateEntry.get("reviewOverdue").asBoolean()).isTrue();
        assertThat(lateEntry.get("ageInWorkingDays").asInt())
                .isEqualTo(calendar().workingDaysBetween(submitted, today()))
                .isGreaterThan(5);
        assertThat(lateEntry.get("applicantName").asString()).isEqualTo(parties.applicantMember().organizationName());
        assertThat(freshEntry.get("reviewOverdue").asBoolean()).isFalse();
        assertThat(freshEntry.get("ageInWorkingDays").asInt()).isZero();
        assertThat(workbench.get("overdue").asLong()).isEqualTo(1);
        assertThat(count(workbench, "CHECKED")).isEqualTo(2);
    }

    @Test
    void anotherBanksApplicationIsAbsent() {
        Parties mine = parties("工作台本行");
        Parties theirs = parties("工作台他行");
        JsonNode own = apply(mine, null);
        JsonNode other = apply(theirs, null);

        List<Long> ids = ids(mine.maker().get(WORKBENCH).body());

        assertThat(ids).contains(id(own));
        assertThat(ids).doesNotContain(id(other));
    }

    @Test
    void stateFilterListsOnlyThatState() {
        Parties parties = parties("工作台筛选");
        JsonNode checked = apply(parties, null);
        JsonNode valued = valued(parties, apply(parties, null));

        JsonNode workbench = parties.maker().get(WORKBENCH + "?state=VALUED").body();

        assertThat(ids(workbench)).containsExactly(id(valued));
        assertThat(ids(workbench)).doesNotContain(id(checked));
        assertThat(count(workbench, "CHECKED")).isEqualTo(1);
        assertThat(count(workbench, "VALUED")).isEqualTo(1);
    }

    @Test
    void operatorSeesEveryBankAndEnterpriseIsForbidden() {
        Parties parties = parties("工作台运营");
        JsonNode late = apply(parties, null);
        submittedDaysAgo(late, 400);
        ApiClient operator = api().signedInAs(createOperator(), TestData.PASSWORD);

        Response forOperator = operator.get(WORKBENCH);
        Response forEnterprise = parties.applicant().get(WORKBENCH);

        assertThat(forOperator.status()).isEqualTo(200);
        assertThat(ids(forOperator.body())).contains(id(late));
        assertThat(forEnterprise.status()).isEqualTo(403);
        assertThat(parties.maker().get(WORKBENCH + "?state=NONSENSE").status()).isEqualTo(400);
    }

    /** Moves the submission of an application back, with the deadline five working days after it. */
    private LocalDate submittedDaysAgo(JsonNode application, int days) {
        LocalDate submitted = today().minusDays(days);
        jdbc.update("update loan_application set submitted_on = ?, review_due_on = ? where id = ?", submitted,
                calendar().plusWorkingDays(submitted, 5), id(application));
        return submitted;
    }

    private WorkingDayCalendar calendar() {
        return calendars.calendar();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private static long id(JsonNode application) {
        return application.get("id").asLong();
    }

    private static List<Long> ids(JsonNode workbench) {
        List<Long> ids = new ArrayList<>();
        workbench.get("entries").forEach(entry -> ids.add(entry.get("id").asLong()));
        return ids;
    }

    private static long count(JsonNode workbench, String state) {
        for (JsonNode count : workbench.get("counts")) {
            if (count.get("state").asString().equals(state)) {
                return count.get("count").asLong();
            }
        }
        return 0;
    }
}
