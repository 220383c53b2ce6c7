package cn.ipfin.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The monitoring sweep over every disbursed loan and active pledge, started once by {@code bench-operator}
 * through {@code POST /api/v1/risk/sweeps}; target below 10 s for 20,000 loans. The request returns when the
 * sweep has finished, so its response time is the sweep's duration. {@code before()} prints how many loans
 * and active pledges the database holds, the size of the sweep.
 */
public class RiskSweepSimulation extends Simulation {

    private final String username = System.getProperty("bench.username", "bench-operator");

    private final HttpProtocolBuilder protocol = http.baseUrl(BenchSettings.baseUrl()).acceptLanguageHeader("zh-CN");

    private final ScenarioBuilder operator = scenario("risk sweep").exec(
            BenchSettings.tokenRequest("sweep POST /api/v1/auth/token", username),
            http("sweep POST /api/v1/risk/sweeps").post("/api/v1/risk/sweeps")
                    .header("Authorization", "Bearer #{token}").requestTimeout(Duration.ofMinutes(10))
                    .check(status().is(200), jsonPath("$.loansChecked").saveAs("loans"),
                            jsonPath("$.pledgesChecked").saveAs("pledges"),
                            jsonPath("$.alertsRaised").saveAs("alerts")))
            .exec(session -> {
                System.out.printf("SWEEP finished: %s loans and %s pledges checked, %s alerts raised%n",
                        session.getString("loans"), session.getString("pledges"), session.getString("alerts"));
                return session;
            });

    {
        setUp(operator.injectOpen(atOnceUsers(1))).protocols(protocol).maxDuration(Duration.ofMinutes(15));
    }

    @Override
    public void before() {
        try (Connection connection = BenchSettings.database(); Statement statement = connection.createStatement();
                ResultSet counts = statement.executeQuery("select (select count(*) from loan_application where "
                        + "state = 'DISBURSED'), (select count(*) from ip_pledge where status = 'ACTIVE')")) {
            counts.next();
            System.out.printf("SWEEP size: %d disbursed loans, %d active pledges%n", counts.getLong(1),
                    counts.getLong(2));
        } catch (Exception e) {
            System.out.println("SWEEP size could not be read: " + e);
        }
    }
}
