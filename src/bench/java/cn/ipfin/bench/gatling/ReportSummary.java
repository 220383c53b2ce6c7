package cn.ipfin.bench.gatling;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the statistics table of a Gatling HTML report as a Markdown table: per request the count, failures and
 * the 50th, 95th and 99th percentiles and the maximum in milliseconds. {@code src/bench/run-all.sh} calls it after
 * each simulation, so the figures of docs/benchmarks.md come from one place.
 *
 * <p>Usage: {@code java -cp target/test-classes cn.ipfin.bench.gatling.ReportSummary target/gatling/<run>}
 */
public final class ReportSummary {

    private static final Pattern ROW = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>(.*?)</tr>",
            Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>([^<]*)</td>");

    /** Columns of Gatling's table after the name: total, OK, KO, % KO, count per second, min, 50th, 75th, 95th, 99th, max. */
    private static final int TOTAL = 0;
    private static final int FAILED = 2;
    private static final int P50 = 6;
    private static final int P95 = 8;
    private static final int P99 = 9;
    private static final int MAX = 10;

    private ReportSummary() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("Usage: ReportSummary <Gatling report directory>");
            System.exit(2);
        }
        String html = Files.readString(Path.of(args[0], "index.html"), StandardCharsets.UTF_8);
        System.out.println("| request | count | failed | p50 ms | p95 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (List<String> row : rows(html)) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
    }

    static List<List<String>> rows(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.add(cell.group(1).strip());
            }
            if (cells.size() > MAX) {
                rows.add(List.of(unescape(row.group(1)), cells.get(TOTAL), cells.get(FAILED), cells.get(P50),
                        cells.get(P95), cells.get(P99), cells.get(MAX)));
            }
        }
        return rows;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
