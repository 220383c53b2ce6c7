package cn.ipfin.roadshow;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An investor organisation following a project (关注), at most once per project. */
@Entity
@Table(name = "roadshow_follow")
class ProjectFollow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(nullable = false)
    private String username;

    @Column(name = "followed_at", nullable = false)
    private Instant followedAt;

    protected ProjectFollow() {
    }

    ProjectFollow(Long projectId, Long organizationId, String username, Instant now) {
        this.projectId = projectId;
        this.organizationId = organizationId;
        this.username = username;
        this.followedAt = now;
    }

    Long getProjectId() {
        return projectId;
    }
}
