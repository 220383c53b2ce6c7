package cn.ipfin.roadshow;

import java.time.Instant;

import cn.ipfin.core.error.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A public question (路演问答) an investor asks about a published project, answered once by the enterprise. */
@Entity
@Table(name = "roadshow_question")
public class ProjectQuestion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false, updatable = false)
    private Long projectId;

    @Column(name = "asker_username", nullable = false, updatable = false)
    private String askerUsername;

    @Column(name = "asker_organization", nullable = false, updatable = false)
    private String askerOrganization;

    @Column(nullable = false)
    private String question;

    private String answer;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "asked_at", nullable = false, updatable = false)
    private Instant askedAt;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Version
    private long version;

    protected ProjectQuestion() {
    }

    ProjectQuestion(Long projectId, String askerUsername, String askerOrganization, String question, Instant now) {
        this.projectId = projectId;
        this.askerUsername = askerUsername;
        this.askerOrganization = askerOrganization;
        this.question = question;
        this.askedAt = now;
    }

    void answer(String text, String username, Instant now) {
        if (answer != null) {
            throw new ConflictException("roadshow.question.answered", "roadshow.question.alreadyAnswered", String.valueOf(id));
        }
        answer = text;
        answeredBy = username;
        answeredAt = now;
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Long getId() {
        return id;
    }

    public Long getProjectId() {
        return projectId;
    }

    public String getAskerUsername() {
        return askerUsername;
    }

    public String getAskerOrganization() {
        return askerOrganization;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public Instant getAskedAt() {
        return askedAt;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
