package cn.ipfin.roadshow;

import java.time.Instant;

import cn.ipfin.core.error.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An investor's request to meet the enterprise behind a project (约见). The enterprise accepts it with a meeting
 * time or declines it, once.
 */
@Entity
@Table(name = "roadshow_meeting")
public class MeetingRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "investor_org_id", nullable = false, updatable = false)
    private Long investorOrganizationId;

    @Column(name = "investor_org_name", nullable = false, updatable = false)
    private String investorOrganizationName;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(nullable = false)
    private String proposal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @Column(name = "meeting_at")
    private Instant meetingAt;

    private String reply;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected MeetingRequest() {
    }

    MeetingRequest(Long projectId, Long investorOrganizationId, String investorOrganizationName, String requestedBy,
            String proposal, Instant now) {
        this.projectId = projectId;
        this.investorOrganizationId = investorOrganizationId;
        this.investorOrganizationName = investorOrganizationName;
        this.requestedBy = requestedBy;
        this.proposal = proposal;
        this.status = MeetingStatus.REQUESTED;
        this.createdAt = now;
    }

    void accept(Instant meetingAt, String reply, String username, Instant now) {
        decide(MeetingStatus.ACCEPTED, reply, username, now);
        this.meetingAt = meetingAt;
    }

    void decline(String reply, String username, Instant now) {
        decide(MeetingStatus.DECLINED, reply, username, now);
    }

    private void decide(MeetingStatus decision, String reply, String username, Instant now) {
        if (status != MeetingStatus.REQUESTED) {
            throw new ConflictException("roadshow.meeting.decided", "roadshow.meeting.alreadyDecided", String.valueOf(id),
                    status.name());
        }
        this.status = decision;
        this.reply = reply;
        this.decidedBy = username;
        this.decidedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public Long getInvestorOrganizationId() {
        return investorOrganizationId;
    }

    public String getInvestorOrganizationName() {
        return investorOrganizationName;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public String getProposal() {
        return proposal;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getMeetingAt() {
        return meetingAt;
    }

    public String getReply() {
        return reply;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
