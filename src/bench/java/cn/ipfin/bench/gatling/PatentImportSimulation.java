package cn.ipfin.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import org.postgresql.PGConnection;

import cn.ipfin.core.identifier.PatentApplicationNumber;

/**
 * The import of a 100,000-row patent list (CSV in the Patentics layout) by one enterprise user through
 * {@code POST /api/v1/ip-assets/imports}, polled until the job finishes. The group {@code import} spans upload to
 * finish (rows stored), so rows per second is {@code bench.rows} divided by its duration, which the simulation also
 * prints. It then polls until the search index has the job's rows and prints that time too. The baseline of the same run is
 * PostgreSQL's own {@code COPY} of the same file into a scratch table.
 *
 * <p>The file is written to {@code target/bench/patents-<rows>.csv} with application numbers (and correct
 * check digits) from serial 9,000,000 upward, a range the generator does not use, so every row is new.
 */
public class PatentImportSimulation extends Simulation {

    private static final List<String> SUBJECTS = List.of("煤矿井下", "储能电站", "焦炉", "铝合金", "图像识别",
            "光伏组件", "陈醋", "石墨烯", "液压支架", "边缘计算");
    private static final List<String> OBJECTS = List.of("监测装置", "控制系统", "制备方法", "检测方法", "回收设备",
            "热管理系统", "加工工艺");
    private static final List<String> IPC = List.of("E21F 7/00", "H01M 10/613", "C10B 57/00", "C22C 21/00",
            "G06V 10/82", "H02S 40/30", "C12J 1/00", "C01B 32/184", "E21D 23/00", "G06F 16/27");

    private final int rows = BenchSettings.intProperty("bench.rows", 100_000);
    private final Path file = Path.of("target", "bench", "patents-" + rows + ".csv");
    private final String username = System.getProperty("bench.username", "bench-enterprise");

    private final HttpProtocolBuilder protocol = http.baseUrl(BenchSettings.baseUrl()).acceptLanguageHeader("zh-CN");

    private final ScenarioBuilder importer = scenario("patent list import").exec(
            BenchSettings.tokenRequest("import POST /api/v1/auth/token", username))
            .exec(session -> session.set("startedNanos", System.nanoTime()))
            .group("import").on(exec(
                    http("import POST /api/v1/ip-assets/imports").post("/api/v1/ip-assets/imports")
                            .header("Authorization", "Bearer #{token}")
                            .bodyPart(ByteArrayBodyPart("file", session -> content())
                                    .fileName(file.getFileName().toString()).contentType("text/csv"))
                            .check(status().is(202), jsonPath("$.jobId").saveAs("jobId")))
                    .exitHereIfFailed()
                    .exec(session -> session.set("status", "RUNNING"))
                    .asLongAs(session -> "RUNNING".equals(session.getString("status"))).on(
                            exec(http("import GET /api/v1/import-jobs/{id}").get("/api/v1/import-jobs/#{jobId}")
                                    .header("Authorization", "Bearer #{token}")
                                    .check(status().is(200), jsonPath("$.status").saveAs("status"),
                                            jsonPath("$.imported").saveAs("imported"),
                                            jsonPath("$.updated").saveAs("updated"),
                                            jsonPath("$.rejected").saveAs("rejected"),
                                            jsonPath("$.searchIndex").optional().saveAs("searchIndex")))
                                    .pause(Duration.ofMillis(200))))
            .exec(session -> {
                double seconds = secondsSinceUpload(session);
                System.out.printf("IMPORT stored: status %s, imported %s, updated %s, rejected %s of %d rows in "
                        + "%.2f s = %.0f file rows/s%n", session.getString("status"), session.getString("imported"),
                        session.getString("updated"), session.getString("rejected"), rows, seconds, rows / seconds);
                return session;
            })
            // A job reports searchIndex PENDING from the moment its rows are stored until the search index has
            // them. Without that field (an older build indexed while storing) the loop does not run.
            .asLongAs(session -> "PENDING".equals(session.getString("searchIndex"))).on(
                    exec(http("import GET /api/v1/import-jobs/{id} (indexing)").get("/api/v1/import-jobs/#{jobId}")
                            .header("Authorization", "Bearer #{token}")
                            .check(status().is(200), jsonPath("$.searchIndex").optional().saveAs("searchIndex")))
                            .pause(Duration.ofMillis(200)))
            .exec(session -> {
                System.out.printf("IMPORT search index %s at %.2f s after the upload started%n",
                        session.getString("searchIndex"), secondsSinceUpload(session));
                return session;
            });

    private static double secondsSinceUpload(Session session) {
        return (System.nanoTime() - session.getLong("startedNanos")) / 1e9;
    }

    {
        writeFile();
        setUp(importer.injectOpen(atOnceUsers(1))).protocols(protocol).maxDuration(Duration.ofMinutes(30));
    }

    private byte[] content() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeFile() {
        try {
            Files.createDirectories(file.getParent());
            SplittableRandom random = new SplittableRandom(100_000L);
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write("申请号,标题,申请日,国际分类,国际主分类,权利要求数,申请人,发明人,法律状态\n");
                for (int i = 0; i < rows; i++) {
                    int year = 2015 + i % 10;
                    String digits = String.format("%d%d%07d", year, 1 + i % 2, 9_000_000 + i / 10);
                    String number = "CN" + digits + "." + PatentApplicationNumber.computeCheckCharacter(digits);
                    String ipc = IPC.get(random.nextInt(IPC.size()));
                    LocalDate filed = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
                    out.write(number + ",一种" + SUBJECTS.get(random.nextInt(SUBJECTS.size()))
                            + OBJECTS.get(random.nextInt(OBJECTS.size())) + "," + filed.toString().replace("-", "")
                            + "," + ipc + "," + ipc.substring(0, 4) + "," + (1 + random.nextInt(20))
                            + ",太原晋源智能装备有限公司,发明人" + (i % 1000) + ",有效\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The baseline: PostgreSQL's COPY of the same CSV into a scratch table, from this process. */
    @Override
    public void after() {
        try (Connection connection = BenchSettings.database()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("create temporary table bench_import_copy (number text, title text, filed text, "
                        + "ipc text, main_ipc text, claims text, applicants text, inventors text, status text)");
            }
            long started = System.nanoTime();
            long copied;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bench_import_copy from stdin with (format csv, header true)", reader);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("BASELINE COPY of %s: %d rows in %.2f s = %.0f rows/s%n", file, copied, seconds,
                    copied / seconds);
        } catch (Exception e) {
            System.out.println("BASELINE COPY could not run: " + e);
        }
    }
}
