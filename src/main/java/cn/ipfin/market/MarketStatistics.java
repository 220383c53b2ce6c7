package cn.ipfin.market;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregate figures of the market for statistics pages; no figure names a party. */
@Service
public class MarketStatistics {

    private final JdbcTemplate jdbc;

    MarketStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the deals agreed between the two days inclusive, by the agreement day in China Standard Time. */
    @Transactional(readOnly = true)
    public DealVolume volume(LocalDate from, LocalDate to) {
        Map<String, Object> deals = jdbc.queryForMap("""
                select count(*) as deals, coalesce(sum(coalesce(contract_price, price)), 0) as amount
                from market_deal
                where cast(created_at at time zone 'Asia/Shanghai' as date) between ? and ?
                """, from, to);
        return new DealVolume(((Number) deals.get("deals")).longValue(), (BigDecimal) deals.get("amount"));
    }
}
