package cn.ipfin.portal;

import java.util.List;

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

    /**
     * One queue on the operator's workbench panel.
     *
     * @param name the short name used in the page's test id, such as {@code registrations}
     * @param messageKey the label of the queue
     * @param link the page that works the queue
     * @param count the items waiting in it
     */
    record Task(String name, String messageKey, String link, long count) {
    }

    /** Returns the operator's queues with their current counts, in the order the panel lists them. */
    List<Task> count() {
        return List.of(
                new Task("registrations", "workbench.operator.registrations", "/operator/organizations",
                        organizations.countPendingRegistrations()),
                new Task("listings", "workbench.operator.listings", "/operator/market",
                        listings.pendingReview().size()),
                new Task("articles", "workbench.operator.articles", "/operator/articles?status=SUBMITTED",
                        articles.all(ArticleStatus.SUBMITTED, Pageable.ofSize(1)).getTotalElements()),
                new Task("roadshow", "workbench.operator.roadshow", "/operator/roadshow",
                        roadshow.awaitingReview(Pageable.ofSize(1)).getTotalElements()),
                new Task("tickets", "workbench.operator.tickets", "/service-desk", serviceDesk.countOpen()));
    }
}
