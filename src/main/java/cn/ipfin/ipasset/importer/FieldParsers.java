package cn.ipfin.ipasset.importer;

import cn.ipfin.core.identifier.PatentType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsers for the typed columns of a patent list: dates, counts, multi-valued cells and codes. */
final class FieldParsers {

    /** {@code yyyyMMdd}, as in {@code 20200304}. */
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** {@code yyyy-M-d}, {@code yyyy/M/d}, {@code yyyy.M.d} or {@code yyyy年M月d日}, with one- or two-digit M and d. */
    private static final Pattern SEPARATED_DATE = Pattern.compile("(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})日?");
    /** Separators of multi-valued applicant and inventor cells: {@code |}, {@code ;}, {@code ；} and line breaks. */
    private static final Pattern NAME_SEPARATOR = Pattern.compile("[|;；\\n]");
    /** Separators of IPC cells, which also use commas because IPC codes contain none. */
    private static final Pattern CODE_SEPARATOR = Pattern.compile("[|;；,，\\n]");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private FieldParsers() {
    }

    /**
     * Parses a date cell: an XLSX date or the text forms {@code yyyyMMdd}, {@code yyyy-MM-dd},
     * {@code yyyy/M/d}, {@code yyyy.MM.dd} and {@code yyyy年M月d日}, with white space ignored.
     *
     * @return the date, or null for a blank cell
     * @throws DateTimeException if the text is not a date in one of these forms
     */
    static LocalDate parseDate(CellValue cell) {
        if (cell.date() != null) {
            return cell.date();
        }
        String text = CellText.compact(CellText.foldCode(cell.text()));
        if (text.isEmpty()) {
            return null;
        }
        Matcher matcher = COMPACT_DATE.matcher(text);
        if (!matcher.matches()) {
            matcher = SEPARATED_DATE.matcher(text);
        }
        if (!matcher.matches()) {
            throw new DateTimeException("Not a date: " + text);
        }
        return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                Integer.parseInt(matcher.group(3)));
    }

    /**
     * Tells whether a cell's text has one of the date forms {@link #parseDate} reads, whatever its numbers, so
     * that {@code 2026-13-45} can be reported as an impossible date rather than as an unknown format.
     */
    static boolean hasDateForm(String cellText) {
        String text = CellText.compact(CellText.foldCode(cellText == null ? "" : cellText));
        return COMPACT_DATE.matcher(text).matches() || SEPARATED_DATE.matcher(text).matches();
    }

    /**
     * Parses a non-negative whole number such as a claims count, accepting {@code 16.0} as 16.
     *
     * @return the number, or null for a blank cell
     * @throws NumberFormatException if the text is not a non-negative whole number within {@code int} range
     */
    static Integer parseCount(CellValue cell) {
        String text = CellText.compact(CellText.foldCode(cell.text()));
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal number = new BigDecimal(text);
        if (number.signum() < 0) {
            throw new NumberFormatException("Negative count: " + text);
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException("Not a whole number within int range: " + text);
        }
    }

    /**
     * Splits an applicant or inventor cell into names, dropping blanks and repeats. A name that contains
     * Chinese characters gets full-width brackets, the form in Chinese company registrations, so
     * {@code 智能机器(上海)有限公司} and {@code 智能机器（上海）有限公司} become the same name.
     */
    static List<String> splitNames(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (String part : NAME_SEPARATOR.split(text)) {
            String name = CellText.collapseSpaces(part);
            if (HAN.matcher(name).find()) {
                name = name.replace('(', '（').replace(')', '）');
            }
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * Splits an IPC cell into codes folded to ASCII upper case, with each run of spaces inside a code
     * collapsed to one ({@code H04W  4/40} becomes {@code H04W 4/40}), dropping blanks and repeats.
     */
    static List<String> splitIpcCodes(String text) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : CODE_SEPARATOR.split(text)) {
            String code = CellText.collapseSpaces(CellText.foldCode(part));
            if (!code.isEmpty()) {
                codes.add(code);
            }
        }
        return new ArrayList<>(codes);
    }

    /**
     * Reads the patent type column of incoPat and CNIPA exports: 发明申请, 发明授权 and 发明 are
     * inventions, 实用新型 utility models and 外观设计 designs. English names are accepted too.
     *
     * @return the type, or {@link PatentType#UNKNOWN} for blank or other text
     */
    static PatentType parsePatentType(String text) {
        String folded = CellText.foldCode(text).toLowerCase(Locale.ROOT);
        if (folded.contains("实用新型") || folded.contains("utility")) {
            return PatentType.UTILITY_MODEL;
        }
        if (folded.contains("外观") || folded.contains("design")) {
            return PatentType.DESIGN;
        }
        if (folded.contains("发明") || folded.contains("invention")) {
            return PatentType.INVENTION;
        }
        return PatentType.UNKNOWN;
    }
}
