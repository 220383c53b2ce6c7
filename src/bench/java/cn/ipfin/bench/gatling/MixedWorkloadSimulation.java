package cn.ipfin.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The mixed workload on the generated provincial data: anonymous visitors on the portal, the IP search and the
 * product list; signed-in enterprise and bank users on their workbench pages and the JSON API; and the
 * cheapest endpoint, {@code /actuator/health}, as the baseline of the same run.
 *
 * <p>{@code -Dbench.users=200} (or 1000) virtual users arrive over {@code bench.rampSeconds}; each runs
 * {@code bench.rounds} rounds with think time and stops. Request names start with {@code portal},
 * {@code search}, {@code workbench}, {@code api} or {@code baseline}, the groups docs/benchmarks.md reports.
 * After the run, the same search words go to PostgreSQL as a plain {@code ILIKE} scan for comparison.
 */
public class MixedWorkloadSimulation extends Simulation {

    static final List<String> SEARCH_WORDS = List.of("储能", "液压支架", "瓦斯", "图像识别", "焦炉", "铝合金",
            "电池热管理", "陈醋", "石墨烯", "边缘计算");

    private final int users = BenchSettings.intProperty("bench.users", 200);
    private final int rampSeconds = BenchSettings.intProperty("bench.rampSeconds", 60);
    private final int rounds = BenchSettings.intProperty("bench.rounds", 5);
    private final int enterprises = BenchSettings.intProperty("bench.enterprises", 50_000);
    private final int banks = BenchSettings.intProperty("bench.banks", 60);

    private final HttpProtocolBuilder protocol = http.baseUrl(BenchSettings.baseUrl())
            .acceptLanguageHeader("zh-CN").acceptHeader("text/html,application/json").disableCaching()
            .shareConnections();

    private final Iterator<Map<String, Object>> words = Stream.generate(() -> Map.<String, Object>of("word",
            SEARCH_WORDS.get(ThreadLocalRandom.current().nextInt(SEARCH_WORDS.size())))).iterator();
    private final Iterator<Map<String, Object>> enterpriseUsers = Stream.generate(() -> Map.<String, Object>of(
            "username", enterpriseUsername(ThreadLocalRandom.current().nextInt(enterprises)))).iterator();
    private final Iterator<Map<String, Object>> bankUsers = Stream.generate(() -> Map.<String, Object>of(
            "username", bankUsername(ThreadLocalRandom.current().nextInt(banks)))).iterator();

    private final ChainBuilder baseline = exec(http("baseline /actuator/health").get("/actuator/health")
            .check(status().is(200)));

    private final ChainBuilder anonymousRound = feed(words).exec(
            http("portal /").get("/").check(status().is(200)),
            http("portal /products").get("/products").check(status().is(200)),
            http("search page /ip-assets?q=").get("/ip-assets").queryParam("q", "#{word}").check(status().is(200)),
            http("search api /api/v1/ip-assets?q=").get("/api/v1/ip-assets").queryParam("q", "#{word}")
                    .check(status().is(200)),
            http("portal /members").get("/members").check(status().is(200)),
            http("api /api/v1/products").get("/api/v1/products").check(status().is(200)));

    private final ScenarioBuilder anonymous = scenario("anonymous visitor")
            .repeat(rounds).on(exec(anonymousRound, baseline).pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    private ChainBuilder signIn() {
        return exec(http("workbench GET /login").get("/login").check(status().is(200),
                        css("input[name=_csrf]", "value").saveAs("csrf")),
                http("workbench POST /login").post("/login").formParam("username", "#{username}")
                        .formParam("password", BenchSettings.PASSWORD).formParam("_csrf", "#{csrf}")
                        .check(status().is(200), currentLocationRegex("/workbench")),
                http("api POST /api/v1/auth/token").post("/api/v1/auth/token").header("Content-Type",
                        "application/json").body(StringBody("{\"username\":\"#{username}\",\"password\":\""
                                + BenchSettings.PASSWORD + "\"}"))
                        .check(status().is(200), jsonPath("$.accessToken").saveAs("token")));
    }

    private final ScenarioBuilder enterprise = scenario("enterprise user").feed(enterpriseUsers).exec(signIn())
            .repeat(rounds).on(exec(
                    http("workbench /workbench").get("/workbench").check(status().is(200)),
                    http("workbench /loans").get("/loans").check(status().is(200)),
                    http("workbench /products/recommendations").get("/products/recommendations")
                            .check(status().is(200)),
                    http("api /api/v1/products/mine").get("/api/v1/products/mine")
                            .header("Authorization", "Bearer #{token}").check(status().in(200, 403)))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    private final ScenarioBuilder bank = scenario("bank user").feed(bankUsers).exec(signIn())
            .repeat(rounds).on(exec(
                    http("workbench /workbench").get("/workbench").check(status().is(200)),
                    http("workbench /loans/workbench").get("/loans/workbench").check(status().is(200)),
                    http("api /api/v1/loan-applications/workbench").get("/api/v1/loan-applications/workbench")
                            .header("Authorization", "Bearer #{token}").check(status().is(200)))
                    .pause(Duration.ofSeconds(1), Duration.ofSeconds(3)));

    {
        // 60 % anonymous visitors, 30 % enterprise users, 10 % bank users.
        int anonymousUsers = users * 6 / 10;
        int enterpriseCount = users * 3 / 10;
        Duration ramp = Duration.ofSeconds(rampSeconds);
        setUp(anonymous.injectOpen(rampUsers(anonymousUsers).during(ramp)),
                enterprise.injectOpen(rampUsers(enterpriseCount).during(ramp)),
                bank.injectOpen(rampUsers(users - anonymousUsers - enterpriseCount).during(ramp)))
                .protocols(protocol)
                .maxDuration(Duration.ofSeconds(rampSeconds + 20L * rounds + 120));
    }

    static String enterpriseUsername(int index) {
        return index == 0 ? "bench-enterprise" : String.format("e%06d", index + 1);
    }

    static String bankUsername(int index) {
        return index == 0 ? "bench-bank" : String.format("bank%03d", index + 1);
    }

    /** The baseline of the search: the same words as a plain ILIKE scan of titles and abstracts. */
    @Override
    public void after() {
        try (Connection connection = BenchSettings.database();
                PreparedStatement count = connection.prepareStatement("select count(*) from ip_asset "
                        + "where title ilike ? or abstract_text ilike ?");
                PreparedStatement page = connection.prepareStatement("select id, title from ip_asset "
                        + "where title ilike ? or abstract_text ilike ? order by updated_at desc limit 20")) {
            double[] millis = new double[SEARCH_WORDS.size() * 3];
            for (int i = 0; i < millis.length; i++) {
                String pattern = "%" + SEARCH_WORDS.get(i % SEARCH_WORDS.size()) + "%";
                long started = System.nanoTime();
                for (PreparedStatement statement : List.of(count, page)) {
                    statement.setString(1, pattern);
                    statement.setString(2, pattern);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getLong(1);
                        }
                    }
                }
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            System.out.println("BASELINE ILIKE search (count + first page, one client): "
                    + BenchSettings.percentiles(millis));
        } catch (Exception e) {
            System.out.println("BASELINE ILIKE search could not run: " + e);
        }
    }
}
