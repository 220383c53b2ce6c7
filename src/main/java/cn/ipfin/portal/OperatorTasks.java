package cn.ipfin.portal;

import cn.ipfin.content.ArticleService;
import cn.ipfin.content.ArticleStatus;
import cn.ipfin.market.ListingService;
import cn.ipfin.organization.OrganizationService;
import cn.ipfin.roadshow.RoadshowService;
import cn.ipfin.servicedesk.ServiceDeskService;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** Counts the platform operator's open review and service work, each read through its module's public API. */
@Component
class OperatorTasks {

    private final OrganizationService organizations;
    private final ListingService listings;
    private final ArticleService articles;
    private final RoadshowService roadshow;
    private final ServiceDeskService serviceDesk;

    OperatorTasks(OrganizationService organizations, ListingService listings, ArticleService articles,
            RoadshowService roadshow, ServiceDeskService serviceDesk) {
        this.organizations = organizations;
        this.listings = listings;
        this.articles = articles;
        this.roadshow = roadshow;
        this.serviceDesk = serviceDesk;
    }

    /** Open work items by kind, for the operator's workbench panel. */
    record Counts(long registrations, long listings, long articles, long roadshowProjects, long openTickets) {
    }

    Counts count() {
        return new Counts(organizations.countPendingRegistrations(), listings.pendingReview().size(),
                articles.all(ArticleStatus.SUBMITTED, Pageable.ofSize(1)).getTotalElements(),
                roadshow.awaitingReview(Pageable.ofSize(1)).getTotalElements(), serviceDesk.countOpen());
    }
}
