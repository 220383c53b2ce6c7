package cn.ipfin.roadshow.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.roadshow.FinancingMethod;
import cn.ipfin.roadshow.FundingStage;
import cn.ipfin.roadshow.ProjectDetails;
import cn.ipfin.roadshow.TeamMember;

/**
 * The project form as the browser sends it. The team is a text area with one member a line, written as
 * {@code name | position | background}; full-width bars are accepted too.
 */
public class ProjectForm {

    private String title;
    private String summary;
    private String industry;
    private FundingStage stage;
    private String amountSought;
    private FinancingMethod method;
    private String useOfFunds;
    private List<Long> ipAssetIds = new ArrayList<>();
    private String team;
    private long version;

    static ProjectForm of(ProjectDetails details, long version) {
        ProjectForm form = new ProjectForm();
        form.title = details.title();
        form.summary = details.summary();
        form.industry = details.industry();
        form.stage = details.stage();
        form.amountSought = details.amountSought().stripTrailingZeros().toPlainString();
        form.method = details.method();
        form.useOfFunds = details.useOfFunds();
        form.ipAssetIds = new ArrayList<>(details.ipAssetIds());
        StringBuilder lines = new StringBuilder();
        for (TeamMember member : details.team()) {
            lines.append(member.name()).append(" | ").append(member.title());
            if (member.background() != null) {
                lines.append(" | ").append(member.background());
            }
            lines.append('\n');
        }
        form.team = lines.toString();
        form.version = version;
        return form;
    }

    ProjectDetails toDetails() {
        return new ProjectDetails(title, summary, industry, stage, amount(), method, useOfFunds, ipAssetIds,
                teamMembers());
    }

    private BigDecimal amount() {
        if (amountSought == null || amountSought.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(amountSought.strip().replace(",", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("amountSought", "roadshow.page.amountNotNumber", amountSought);
        }
    }

    private List<TeamMember> teamMembers() {
        List<TeamMember> members = new ArrayList<>();
        if (team == null) {
            return members;
        }
        for (String line : team.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[|｜]", 3);
            members.add(new TeamMember(parts[0].strip(), parts.length > 1 ? parts[1].strip() : "",
                    parts.length > 2 ? parts[2].strip() : null));
        }
        return members;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public FundingStage getStage() {
        return stage;
    }

    public void setStage(FundingStage stage) {
        this.stage = stage;
    }

    public String getAmountSought() {
        return amountSought;
    }

    public void setAmountSought(String amountSought) {
        this.amountSought = amountSought;
    }

    public FinancingMethod getMethod() {
        return method;
    }

    public void setMethod(FinancingMethod method) {
        this.method = method;
    }

    public String getUseOfFunds() {
        return useOfFunds;
    }

    public void setUseOfFunds(String useOfFunds) {
        this.useOfFunds = useOfFunds;
    }

    public List<Long> getIpAssetIds() {
        return ipAssetIds;
    }

    public void setIpAssetIds(List<Long> ipAssetIds) {
        this.ipAssetIds = ipAssetIds == null ? new ArrayList<>() : ipAssetIds;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
