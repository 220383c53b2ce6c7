package cn.ipfin.valuation;

import java.time.LocalDate;
import java.util.List;

import cn.ipfin.core.money.Money;

/**
 * Published when an evaluator signs a valuation report (评估报告), so that loans pledging the assets can be
 * checked against their new value.
 *
 * @param reportId     the signed report
 * @param reportNumber its number, such as {@code PG20261205-000042}
 * @param assetIds     the IP assets the report values, one or more
 * @param value        the reconciled value of all those assets together, in yuan
 * @param valuedOn     the issue date of the report
 */
public record AssetsRevalued(Long reportId, String reportNumber, List<Long> assetIds, Money value,
        LocalDate valuedOn) {

    public AssetsRevalued {
        assetIds = List.copyOf(assetIds);
    }
}
