package cn.ipfin.risk;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.identifier.CreditCode;
import cn.ipfin.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the abnormal-operation list (经营异常名录) as CSV: credit code, enterprise name, listing date
 * ({@code yyyy-MM-dd}) and reason, with a header row. UTF-8 with or without byte order mark; a file that is
 * not valid UTF-8 is read as GBK. Rows already on the list are skipped, so a list can be imported again.
 */
@Service
public class AbnormalOperationService {

    private static final Logger log = LoggerFactory.getLogger(AbnormalOperationService.class);
    private static final int MAX_BYTES = 5 * 1024 * 1024;

    private final AbnormalOperationEntries entries;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    AbnormalOperationService(AbnormalOperationEntries entries, Clock clock, JdbcTemplate jdbc) {
        this.entries = entries;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The outcome of an import: rows added, rows already listed, and the numbers of rejected rows. */
    public record ImportResult(int added, int skipped, List<Integer> rejectedRows) {
    }

    @Transactional
    public ImportResult importCsv(byte[] content, CurrentUser user) {
        if (!user.isPlatformStaff()) {
            throw new AccessDeniedException("Only platform staff import the abnormal-operation list");
        }
        if (content == null || content.length == 0 || content.length > MAX_BYTES || contains(content, (byte) 0)) {
            throw InvalidInputException.of("file", "risk.abnormal.file.invalid");
        }
        String[] lines = decode(content).split("\\r?\\n");
        int added = 0;
        int skipped = 0;
        List<Integer> rejected = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Optional<AbnormalOperationEntry> entry = parse(lines[i], user.username());
            if (entry.isEmpty()) {
                rejected.add(i + 1);
            } else if (entries.existsByCreditCodeAndListedOn(entry.get().getCreditCode(), entry.get().getListedOn())) {
                skipped++;
            } else {
                entries.save(entry.get());
                added++;
            }
        }
        log.info("Abnormal-operation list imported by {}: {} added, {} skipped, {} rejected", user.username(), added,
                skipped, rejected.size());
        return new ImportResult(added, skipped, rejected);
    }

    /** Returns the list entries of an enterprise, latest first. */
    @Transactional(readOnly = true)
    public List<AbnormalOperationEntry> entriesOf(String creditCode) {
        return creditCode == null ? List.of() : entries.findByCreditCodeOrderByListedOnDesc(creditCode);
    }

    /**
     * Returns the latest listing of each of the credit codes that is on the list, read in one query. It is the
     * first entry that {@link #entriesOf(String)} returns for that code.
     */
    @Transactional(readOnly = true)
    Map<String, AbnormalListing> latestListingsOf(Collection<String> creditCodes) {
        Map<String, AbnormalListing> latest = new HashMap<>();
        jdbc.query("""
                select distinct on (credit_code) credit_code, name, listed_on, reason
                from abnormal_operation_entry where credit_code = any(?)
                order by credit_code, listed_on desc
                """, row -> {
            latest.put(row.getString(1), new AbnormalListing(row.getString(2), row.getObject(3, LocalDate.class),
                    row.getString(4)));
        }, (Object) creditCodes.toArray(String[]::new));
        return latest;
    }

    private Optional<AbnormalOperationEntry> parse(String line, String user) {
        String[] cells = line.split(",", -1);
        if (cells.length < 3) {
            return Optional.empty();
        }
        String code = CreditCode.normalise(unquote(cells[0]));
        String name = unquote(cells[1]);
        if (CreditCode.check(code).isPresent() || name.isEmpty() || name.length() > 200) {
            return Optional.empty();
        }
        try {
            LocalDate listedOn = LocalDate.parse(unquote(cells[2]).replace('/', '-'));
            String reason = cells.length > 3 ? unquote(cells[3]) : "";
            return Optional.of(new AbnormalOperationEntry(code, name, listedOn,
                    reason.isEmpty() ? null : reason.substring(0, Math.min(500, reason.length())), user,
                    clock.instant()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String unquote(String cell) {
        String text = cell.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        return text.strip();
    }

    private static String decode(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.contains("\uFFFD")) {
            text = new String(content, Charset.forName("GBK"));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean contains(byte[] content, byte value) {
        for (byte b : content) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
