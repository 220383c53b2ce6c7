package cn.ipfin.credit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.ipfin.core.error.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Loads scorecard versions from the {@code rating_model*} tables; the highest version is the current one. */
@Component
public class RatingModels {

    private final JdbcClient jdbc;

    RatingModels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RatingModel current() {
        Integer version = jdbc.sql("select max(version) from rating_model").query(Integer.class).single();
        if (version == null) {
            throw new NotFoundException("credit.rating-model.not-found", "credit.rating.noModel");
        }
        return load(version);
    }

    public RatingModel load(int version) {
        Map<RatingFactor, List<RatingModel.Bin>> bins = new EnumMap<>(RatingFactor.class);
        jdbc.sql("select factor, lower_bound, upper_bound, points from rating_model_bin where version = ? order by id")
                .param(version)
                .query((rs, row) -> {
                    bins.computeIfAbsent(RatingFactor.valueOf(rs.getString(1)), f -> new ArrayList<>())
                            .add(new RatingModel.Bin(rs.getObject(2, BigDecimal.class),
                                    rs.getObject(3, BigDecimal.class), rs.getInt(4)));
                    return row;
                }).list();
        Map<RatingFactor, List<RatingModel.Choice>> choices = new EnumMap<>(RatingFactor.class);
        jdbc.sql("""
                select factor, code, points, label_zh, label_en from rating_model_choice where version = ?
                order by factor, sort_order""")
                .param(version)
                .query((rs, row) -> {
                    choices.computeIfAbsent(RatingFactor.valueOf(rs.getString(1)), f -> new ArrayList<>())
                            .add(new RatingModel.Choice(rs.getString(2), rs.getInt(3), rs.getString(4),
                                    rs.getString(5)));
                    return row;
                }).list();
        List<RatingModel.GradeThreshold> grades = jdbc.sql(
                        "select grade, minimum_total from rating_model_grade where version = ?")
                .param(version)
                .query((rs, row) -> new RatingModel.GradeThreshold(rs.getString(1), rs.getInt(2))).list();
        if (grades.isEmpty()) {
            throw new NotFoundException("credit.rating-model.not-found", "credit.rating.noModel");
        }
        return new RatingModel(version, bins, choices, grades);
    }
}
