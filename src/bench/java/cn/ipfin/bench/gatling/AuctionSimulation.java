package cn.ipfin.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * One live auction with {@code bench.bidders} (default 100) bidders who each read the lot and bid its minimum
 * next price {@code bench.bids} times (default 5), all on the generated data through the API.
 *
 * <p>{@code before()} prepares the lot through the same API a user would: {@code bench-enterprise} lists its
 * first granted, valid, unpledged and unlisted patent for auction from a minute ago until 30 minutes from now,
 * {@code bench-operator} approves it, and tops up the deposit account of each bidder, the generated enterprises
 * {@code e000002} onward. A bid that another bidder beat to the same price gets 409 or 422. Those count as
 * expected rejections, and any other status as an error.
 */
public class AuctionSimulation extends Simulation {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"accessToken\"\\s*:\\s*\"([^\"]+)\"");

    private final int bidders = BenchSettings.intProperty("bench.bidders", 100);
    private final int bids = BenchSettings.intProperty("bench.bids", 5);
    private final String seller = System.getProperty("bench.seller", "bench-enterprise");
    private final String operator = System.getProperty("bench.operator", "bench-operator");
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private long auctionId;

    private final HttpProtocolBuilder protocol = http.baseUrl(BenchSettings.baseUrl()).acceptLanguageHeader("zh-CN")
            .contentTypeHeader("application/json");

    private final AtomicInteger nextBidder = new AtomicInteger();
    private final Iterator<Map<String, Object>> bidderNames = Stream.generate(() -> Map.<String, Object>of(
            "username", bidderName(nextBidder.getAndIncrement()))).iterator();

    private ScenarioBuilder bidding() {
        return scenario("auction bidder").feed(bidderNames).exec(
                BenchSettings.tokenRequest("auction POST /api/v1/auth/token", "#{username}"))
                .repeat(bids).on(
                        exec(http("auction GET /api/v1/auctions/{id}").get(session -> "/api/v1/auctions/" + auctionId)
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200), jsonPath("$.minimumBid").saveAs("minimumBid")))
                        .exec(http("auction POST /api/v1/auctions/{id}/bids")
                                .post(session -> "/api/v1/auctions/" + auctionId + "/bids")
                                .header("Authorization", "Bearer #{token}")
                                .body(StringBody("{\"amount\":#{minimumBid}}"))
                                .check(status().in(201, 409, 422)))
                        .pause(Duration.ofMillis(500), Duration.ofSeconds(2)));
    }

    {
        setUp(bidding().injectOpen(rampUsers(bidders).during(Duration.ofSeconds(10)))).protocols(protocol)
                .maxDuration(Duration.ofMinutes(10));
    }

    private static String bidderName(int index) {
        return String.format("e%06d", index + 2);
    }

    /** Lists and approves the lot and funds every bidder's deposit before the load starts. */
    @Override
    public void before() {
        try {
            String sellerToken = token(seller);
            String operatorToken = token(operator);
            Instant now = Instant.now();
            String listing = send("POST", "/api/v1/market/listings", sellerToken, """
                    {"assetId":%d,"listingType":"TRANSFER","priceMode":"AUCTION","industryCode":"C",
                     "description":"基准测试拍卖标的。","startPrice":100000,"increment":1000,"reservePrice":120000,
                     "deposit":20000,"startsAt":"%s","endsAt":"%s"}""".formatted(unlistedPatent(),
                    now.minusSeconds(60), now.plus(Duration.ofMinutes(30))), 201);
            long listingId = number(listing, "id");
            auctionId = number(listing, "auctionId");
            long version = number(send("GET", "/api/v1/market/listings/" + listingId, operatorToken, null, 200),
                    "version");
            send("POST", "/api/v1/operator/market/listings/" + listingId + "/approval", operatorToken,
                    "{\"version\":" + version + ",\"note\":\"基准测试\"}", 200);
            for (int i = 0; i < bidders; i++) {
                long organizationId = number(send("GET", "/api/v1/auctions/deposit-account", token(bidderName(i)),
                        null, 200), "organizationId");
                send("POST", "/api/v1/operator/market/deposit-accounts/" + organizationId + "/top-ups",
                        operatorToken, "{\"amount\":20000}", 200);
            }
            System.out.printf("AUCTION %d open with %d funded bidders%n", auctionId, bidders);
        } catch (IOException | InterruptedException | java.sql.SQLException e) {
            throw new IllegalStateException("Preparing the auction failed: " + e, e);
        }
    }

    private long unlistedPatent() throws java.sql.SQLException {
        try (Connection connection = BenchSettings.database(); PreparedStatement query = connection.prepareStatement(
                "select a.id from ip_asset a join user_account u on u.organization_id = a.owner_organization_id "
                        + "where u.username = ? and not a.pledged and a.legal_status = 'VALID' "
                        + "and a.grant_date is not null and not exists (select 1 from market_listing l "
                        + "where l.asset_id = a.id) order by a.id limit 1")) {
            query.setString(1, seller);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new IllegalStateException(seller + " has no granted, valid, unpledged and unlisted patent");
                }
                return row.getLong(1);
            }
        }
    }

    private String token(String username) throws IOException, InterruptedException {
        String body = send("POST", "/api/v1/auth/token", null, "{\"username\":\"" + username + "\",\"password\":\""
                + BenchSettings.PASSWORD + "\"}", 200);
        Matcher token = ACCESS_TOKEN.matcher(body);
        if (!token.find()) {
            throw new IllegalStateException("No access token for " + username + ": " + body);
        }
        return token.group(1);
    }

    private String send(String method, String path, String token, String json, int expectedStatus)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BenchSettings.baseUrl() + path))
                .header("Accept-Language", "zh-CN").header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new IllegalStateException(method + " " + path + " returned HTTP " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    private static long number(String json, String field) {
        Matcher value = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("No numeric field " + field + " in " + json);
        }
        return Long.parseLong(value.group(1));
    }
}
