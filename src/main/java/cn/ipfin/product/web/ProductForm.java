package cn.ipfin.product.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.InvalidInputException.Violation;
import cn.ipfin.core.reference.Industry;
import cn.ipfin.ipasset.IpKind;
import cn.ipfin.loan.RepaymentMethod;
import cn.ipfin.product.CreditGrade;
import cn.ipfin.product.ProductTerms;
import cn.ipfin.product.ProductType;

/**
 * The product form as the page posts it: every number is text, so that an unreadable number becomes a field
 * error beside its field instead of a binding failure. Pledge-rate caps are percentages on the page, and only
 * those of the checked IP types count.
 */
public class ProductForm {

    private String type = ProductType.IP_PLEDGE_LOAN.name();
    private String name;
    private String description;
    private String minAmount;
    private String maxAmount;
    private String minTermMonths;
    private String maxTermMonths;
    private String minSpreadBp;
    private String maxSpreadBp;
    private String guaranteeFeePercent;
    private String valuationFee;
    private List<String> eligibleIpKinds = new ArrayList<>();
    private Map<String, String> capPercents = new java.util.HashMap<>();
    private String minCreditGrade;
    private String minYearsInBusiness;
    private List<String> industries = new ArrayList<>();
    private List<String> districts = new ArrayList<>();
    private String financingModel;
    private List<String> repaymentMethods = new ArrayList<>();
    private long version;

    /** Fills the form from stored terms, for editing. */
    static ProductForm of(ProductTerms terms, long version) {
        ProductForm form = new ProductForm();
        form.type = terms.type().name();
        form.name = terms.name();
        form.description = terms.description();
        form.minAmount = plain(terms.minAmount());
        form.maxAmount = plain(terms.maxAmount());
        form.minTermMonths = String.valueOf(terms.minTermMonths());
        form.maxTermMonths = String.valueOf(terms.maxTermMonths());
        form.minSpreadBp = String.valueOf(terms.minSpreadBp());
        form.maxSpreadBp = String.valueOf(terms.maxSpreadBp());
        form.guaranteeFeePercent = terms.guaranteeFeeRate() == null ? null
                : plain(terms.guaranteeFeeRate().movePointRight(2));
        form.valuationFee = terms.valuationFee() == null ? null : plain(terms.valuationFee());
        form.eligibleIpKinds = terms.eligibleIpKinds().stream().map(Enum::name).toList();
        terms.pledgeRateCaps().forEach((kind, cap) -> form.capPercents.put(kind.name(), plain(cap.movePointRight(2))));
        form.minCreditGrade = terms.minCreditGrade() == null ? null : terms.minCreditGrade().name();
        form.minYearsInBusiness = terms.minYearsInBusiness() == null ? null : terms.minYearsInBusiness().toString();
        form.industries = terms.industries().stream().map(Enum::name).toList();
        form.districts = List.copyOf(terms.districts());
        form.financingModel = terms.financingModel();
        form.repaymentMethods = terms.repaymentMethods().stream().map(Enum::name).toList();
        form.version = version;
        return form;
    }

    /**
     * Converts the text fields into terms.
     *
     * @throws InvalidInputException listing every field whose text is not a number or not a known code
     */
    ProductTerms toTerms() {
        List<Violation> violations = new ArrayList<>();
        Map<IpKind, BigDecimal> caps = new EnumMap<>(IpKind.class);
        capPercents.forEach((kind, percent) -> {
            if (!eligibleIpKinds.contains(kind)) {
                return;
            }
            BigDecimal value = decimal("pledgeRateCaps." + kind, percent, violations);
            if (value != null) {
                caps.put(IpKind.valueOf(kind), value.movePointLeft(2));
            }
        });
        BigDecimal feePercent = decimal("guaranteeFeeRate", guaranteeFeePercent, violations);
        ProductTerms terms = new ProductTerms(parse(ProductType::valueOf, type), name, description,
                decimal("minAmount", minAmount, violations), decimal("maxAmount", maxAmount, violations),
                integer("minTermMonths", minTermMonths, violations), integer("maxTermMonths", maxTermMonths, violations),
                integer("minSpreadBp", minSpreadBp, violations), integer("maxSpreadBp", maxSpreadBp, violations),
                feePercent == null ? null : feePercent.movePointLeft(2), decimal("valuationFee", valuationFee, violations),
                codes(eligibleIpKinds, IpKind::valueOf), caps, parse(CreditGrade::valueOf, minCreditGrade),
                integer("minYearsInBusiness", minYearsInBusiness, violations), codes(industries, Industry::valueOf),
                new HashSet<>(districts), financingModel, codes(repaymentMethods, RepaymentMethod::valueOf));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return terms;
    }

    /** Returns the text of one of the number fields by name, for the template's loop over them. */
    public String value(String field) {
        return switch (field) {
            case "minAmount" -> minAmount;
            case "maxAmount" -> maxAmount;
            case "minTermMonths" -> minTermMonths;
            case "maxTermMonths" -> maxTermMonths;
            case "minSpreadBp" -> minSpreadBp;
            case "maxSpreadBp" -> maxSpreadBp;
            case "guaranteeFeeRate" -> guaranteeFeePercent;
            case "valuationFee" -> valuationFee;
            default -> throw new IllegalArgumentException("Unknown product form field " + field);
        };
    }

    private static BigDecimal decimal(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.trim().replace(",", ""));
        } catch (NumberFormatException e) {
            violations.add(new Violation(field, "product.form.notNumber"));
            return null;
        }
    }

    private static Integer integer(String field, String text, List<Violation> violations) {
        BigDecimal value = decimal(field, text, violations);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            violations.add(new Violation(field, "product.form.notWholeNumber"));
            return null;
        }
    }

    private static <T> T parse(Function<String, T> parser, String code) {
        try {
            return code == null || code.isBlank() ? null : parser.apply(code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> Set<T> codes(List<String> values, Function<String, T> parser) {
        Set<T> result = new HashSet<>();
        values.stream().map(value -> parse(parser, value)).filter(java.util.Objects::nonNull).forEach(result::add);
        return result;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    // Accessors for data binding and the template.

    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getMinAmount() { return minAmount; }
    public void setMinAmount(String minAmount) { this.minAmount = minAmount; }
    public String getMaxAmount() { return maxAmount; }
    public void setMaxAmount(String maxAmount) { this.maxAmount = maxAmount; }
    public String getMinTermMonths() { return minTermMonths; }
    public void setMinTermMonths(String minTermMonths) { this.minTermMonths = minTermMonths; }
    public String getMaxTermMonths() { return maxTermMonths; }
    public void setMaxTermMonths(String maxTermMonths) { this.maxTermMonths = maxTermMonths; }
    public String getMinSpreadBp() { return minSpreadBp; }
    public void setMinSpreadBp(String minSpreadBp) { this.minSpreadBp = minSpreadBp; }
    public String getMaxSpreadBp() { return maxSpreadBp; }
    public void setMaxSpreadBp(String maxSpreadBp) { this.maxSpreadBp = maxSpreadBp; }
    public String getGuaranteeFeePercent() { return guaranteeFeePercent; }
    public void setGuaranteeFeePercent(String value) { this.guaranteeFeePercent = value; }
    public String getValuationFee() { return valuationFee; }
    public void setValuationFee(String valuationFee) { this.valuationFee = valuationFee; }
    public List<String> getEligibleIpKinds() { return eligibleIpKinds; }
    public void setEligibleIpKinds(List<String> kinds) { this.eligibleIpKinds = kinds == null ? List.of() : kinds; }
    public Map<String, String> getCapPercents() { return capPercents; }
    public void setCapPercents(Map<String, String> caps) { this.capPercents = caps; }
    public String getMinCreditGrade() { return minCreditGrade; }
    public void setMinCreditGrade(String grade) { this.minCreditGrade = grade; }
    public String getMinYearsInBusiness() { return minYearsInBusiness; }
    public void setMinYearsInBusiness(String years) { this.minYearsInBusiness = years; }
    public List<String> getIndustries() { return industries; }
    public void setIndustries(List<String> industries) { this.industries = industries == null ? List.of() : industries; }
    public List<String> getDistricts() { return districts; }
    public void setDistricts(List<String> districts) { this.districts = districts == null ? List.of() : districts; }
    public String getFinancingModel() { return financingModel; }
    public void setFinancingModel(String financingModel) { this.financingModel = financingModel; }
    public List<String> getRepaymentMethods() { return repaymentMethods; }
    public void setRepaymentMethods(List<String> methods) { this.repaymentMethods = methods == null ? List.of() : methods; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
