package cn.ipfin.valuation;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.ipfin.core.error.NotFoundException;

/** Reads the versioned weights of the patent value index from {@code valuation_weight_set}. */
@Repository
public class PatentValueWeightSets {

    private final JdbcClient jdbc;

    PatentValueWeightSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the version with the latest effective date, the highest version winning a tie. */
    public PatentValueWeights current() {
        Integer version = jdbc.sql("select version from valuation_weight_set order by effective_from desc, version desc"
                + " limit 1").query(Integer.class).optional()
                .orElseThrow(() -> new NotFoundException("valuation.weights.missing", "valuation.weights.missing", 0));
        return version(version);
    }

    /** Returns one version of the weights. */
    public PatentValueWeights version(int version) {
        Map<ValueDegree, BigDecimal> degrees = jdbc.sql("select alpha, beta, gamma from valuation_weight_set"
                + " where version = ?").param(version).query((rs, row) -> {
                    Map<ValueDegree, BigDecimal> map = new EnumMap<>(ValueDegree.class);
                    map.put(ValueDegree.LEGAL, rs.getBigDecimal("alpha"));
                    map.put(ValueDegree.TECHNICAL, rs.getBigDecimal("beta"));
                    map.put(ValueDegree.ECONOMIC, rs.getBigDecimal("gamma"));
                    return map;
                }).optional()
                .orElseThrow(() -> new NotFoundException("valuation.weights.missing", "valuation.weights.missing",
                        version));
        Map<ValueIndicator, BigDecimal> indicators = new EnumMap<>(ValueIndicator.class);
        jdbc.sql("select indicator, weight from valuation_indicator_weight where version = ?").param(version)
                .query((rs, row) -> Map.entry(ValueIndicator.valueOf(rs.getString("indicator")), rs.getBigDecimal("weight")))
                .list().forEach(entry -> indicators.put(entry.getKey(), entry.getValue()));
        return new PatentValueWeights(version, degrees, indicators);
    }
}
