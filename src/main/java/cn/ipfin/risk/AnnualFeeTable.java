package cn.ipfin.risk;

import java.util.List;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/**
 * The full annual fee (年费) of a patent by kind and fee year, in yuan before any fee reduction (费减).
 *
 * <p>The defaults are the CNIPA fee schedule in force since 2017 (发改价格〔2017〕270号): invention 900 for
 * years 1–3, 1,200 for 4–6, 2,000 for 7–9, 4,000 for 10–12, 6,000 for 13–15 and 8,000 for 16–20; utility
 * model and design 600 for years 1–3, 900 for 4–5, 1,200 for 6–8 and 2,000 for 9–10; design 3,000 for
 * years 11–15.
 *
 * @param bands fee bands; each applies to its kind from {@code firstYear} to {@code lastYear} inclusive
 */
public record AnnualFeeTable(List<Band> bands) {

    /** One row of the schedule. */
    public record Band(IpKind kind, int firstYear, int lastYear, Money fee) {
    }

    public AnnualFeeTable {
        bands = List.copyOf(bands);
    }

    // NOTE: a constant table; the platform keeps no dated history of fee schedules and applies no reduction.
    public static AnnualFeeTable defaults() {
        return new AnnualFeeTable(List.of(
                band(IpKind.INVENTION, 1, 3, "900"), band(IpKind.INVENTION, 4, 6, "1200"),
                band(IpKind.INVENTION, 7, 9, "2000"), band(IpKind.INVENTION, 10, 12, "4000"),
                band(IpKind.INVENTION, 13, 15, "6000"), band(IpKind.INVENTION, 16, 20, "8000"),
                band(IpKind.UTILITY_MODEL, 1, 3, "600"), band(IpKind.UTILITY_MODEL, 4, 5, "900"),
                band(IpKind.UTILITY_MODEL, 6, 8, "1200"), band(IpKind.UTILITY_MODEL, 9, 10, "2000"),
                band(IpKind.DESIGN, 1, 3, "600"), band(IpKind.DESIGN, 4, 5, "900"),
                band(IpKind.DESIGN, 6, 8, "1200"), band(IpKind.DESIGN, 9, 10, "2000"),
                band(IpKind.DESIGN, 11, 15, "3000")));
    }

    private static Band band(IpKind kind, int firstYear, int lastYear, String fee) {
        return new Band(kind, firstYear, lastYear, Money.of(fee));
    }

    /**
     * Returns the fee of one year.
     *
     * @throws IllegalArgumentException when the table has no fee for the kind and year
     */
    public Money fee(IpKind kind, int feeYear) {
        return bands.stream().filter(band -> band.kind() == kind && feeYear >= band.firstYear()
                && feeYear <= band.lastYear()).map(Band::fee).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No annual fee for " + kind + " year " + feeYear));
    }
}
