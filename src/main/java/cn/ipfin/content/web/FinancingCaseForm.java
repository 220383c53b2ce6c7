package cn.ipfin.content.web;

import java.math.BigDecimal;

import cn.ipfin.content.FinancingCase;
import cn.ipfin.content.FinancingCaseDetails;

/** The financing case form as the browser posts it; numbers arrive as text so a typo becomes a field error. */
public class FinancingCaseForm {

    private String title;
    private String enterprise;
    private String industry;
    private String amount;
    private String termMonths;
    private String ipDescription;
    private String modelCode;
    private String lender;
    private String outcome;
    private long version;

    static FinancingCaseForm of(FinancingCase financingCase) {
        FinancingCaseForm form = new FinancingCaseForm();
        FinancingCaseDetails details = financingCase.details();
        form.title = details.title();
        form.enterprise = details.enterprise();
        form.industry = details.industry();
        form.amount = details.amount().toPlainString();
        form.termMonths = String.valueOf(details.termMonths());
        form.ipDescription = details.ipDescription();
        form.modelCode = details.modelCode();
        form.lender = details.lender();
        form.outcome = details.outcome();
        form.version = financingCase.getVersion();
        return form;
    }

    FinancingCaseDetails toDetails() {
        return new FinancingCaseDetails(title, enterprise, industry, decimal(amount), integer(termMonths),
                ipDescription, modelCode, lender, outcome);
    }

    static BigDecimal decimal(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Integer integer(String text) {
        try {
            return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getEnterprise() {
        return enterprise;
    }

    public void setEnterprise(String enterprise) {
        this.enterprise = enterprise;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getAmount() {
        return amount;
    }

    public void setAmount(String amount) {
        this.amount = amount;
    }

    public String getTermMonths() {
        return termMonths;
    }

    public void setTermMonths(String termMonths) {
        this.termMonths = termMonths;
    }

    public String getIpDescription() {
        return ipDescription;
    }

    public void setIpDescription(String ipDescription) {
        this.ipDescription = ipDescription;
    }

    public String getModelCode() {
        return modelCode;
    }

    public void setModelCode(String modelCode) {
        this.modelCode = modelCode;
    }

    public String getLender() {
        return lender;
    }

    public void setLender(String lender) {
        this.lender = lender;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
