package cn.ipfin.market.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.ipfin.market.Auction;
import cn.ipfin.market.AuctionService;
import cn.ipfin.market.BuyRequest;
import cn.ipfin.market.Deal;
import cn.ipfin.market.Listing;
import cn.ipfin.market.Negotiation;
import cn.ipfin.market.NegotiationEntry;

/** The JSON shapes of the market API; amounts are decimal strings in yuan. */
final class MarketViews {

    private MarketViews() {
    }

    record ListingView(Long id, long version, String status, Long assetId, String assetNumber, String assetTitle,
            String ipKind, String ipcSection, String industryCode, Long listerOrganizationId, String listingType,
            String priceMode, String askingPrice, String description, Long pledgeeOrganizationId, String consentBy,
            Long auctionId) {

        static ListingView of(Listing listing, Long auctionId) {
            return new ListingView(listing.getId(), listing.getVersion(), listing.getStatus().name(),
                    listing.getAssetId(), listing.getAssetNumber(), listing.getAssetTitle(), listing.getIpKind().name(),
                    listing.getIpcSection(), listing.getIndustryCode(), listing.getListerOrganizationId(),
                    listing.getListingType().name(), listing.getPriceMode().name(),
                    ApiInput.text(listing.getAskingPrice()), listing.getDescription(),
                    listing.getPledgeeOrganizationId(), listing.getConsentBy(), auctionId);
        }
    }

    record BuyRequestView(Long id, long version, String status, String ipKind, String industryCode, String keywords,
            String budgetMin, String budgetMax, String note) {

        static BuyRequestView of(BuyRequest request) {
            return new BuyRequestView(request.getId(), request.getVersion(), request.getStatus().name(),
                    request.getIpKind() == null ? null : request.getIpKind().name(), request.getIndustryCode(),
                    request.getKeywords(), ApiInput.text(request.getBudgetMin()), ApiInput.text(request.getBudgetMax()),
                    request.getNote());
        }
    }

    record EntryView(String kind, String side, String price, String text, String author, Instant occurredAt) {

        static EntryView of(NegotiationEntry entry) {
            return new EntryView(entry.getKind().name(), entry.getSide().name(), ApiInput.text(entry.getPrice()),
                    entry.getText(), entry.getAuthor(), entry.getOccurredAt());
        }
    }

    record NegotiationView(Long id, long version, Long listingId, Long buyerOrganizationId, Long sellerOrganizationId,
            String state, String pendingPrice, String pendingSide, List<EntryView> entries) {

        static NegotiationView of(Negotiation negotiation) {
            return new NegotiationView(negotiation.getId(), negotiation.getVersion(), negotiation.getListingId(),
                    negotiation.getBuyerOrganizationId(), negotiation.getSellerOrganizationId(),
                    negotiation.getState().name(), ApiInput.text(negotiation.getPendingPrice()),
                    negotiation.getPendingSide() == null ? null : negotiation.getPendingSide().name(),
                    negotiation.getEntries().stream().map(EntryView::of).toList());
        }
    }

    record DealView(Long id, long version, Long listingId, Long negotiationId, Long auctionId, Long sellerOrganizationId,
            Long buyerOrganizationId, String price, String depositApplied, String balanceDue, String state,
            String contractNumber, LocalDate contractDate, String contractPrice, LocalDate transferSubmittedOn,
            String registrationNumber, LocalDate registeredOn) {

        static DealView of(Deal deal) {
            return new DealView(deal.getId(), deal.getVersion(), deal.getListingId(), deal.getNegotiationId(),
                    deal.getAuctionId(), deal.getSellerOrganizationId(), deal.getBuyerOrganizationId(),
                    deal.getPrice().toString(), deal.getDepositApplied().toString(), deal.getBalanceDue().toString(),
                    deal.getState().name(), deal.getContractNumber(), deal.getContractDate(),
                    ApiInput.text(deal.getContractPrice()), deal.getTransferSubmittedOn(), deal.getRegistrationNumber(),
                    deal.getRegisteredOn());
        }
    }

    /** A lot with the server's time, from which clients count down to {@code endsAt}. */
    /** A lot; {@code phase} is UPCOMING before the start, LIVE while it takes bids, otherwise the status. */
    record AuctionView(Long id, long version, Long listingId, String status, String phase, String startPrice,
            String increment,
            boolean reservePriceSet, boolean reservePriceMet, String deposit, Instant startsAt, Instant endsAt,
            boolean extended, String currentPrice, String minimumBid, int bidCount, Instant serverTime) {

        static AuctionView of(Auction auction, AuctionService auctions) {
            boolean reserveSet = auction.getReservePrice() != null;
            boolean reserveMet = !reserveSet || auction.getCurrentPrice() != null
                    && auction.getCurrentPrice().compareTo(auction.getReservePrice()) >= 0;
            return new AuctionView(auction.getId(), auction.getVersion(), auction.getListingId(),
                    auction.getStatus().name(), auction.phase(auctions.now()), auction.getStartPrice().toString(),
                    auction.getIncrement().toString(),
                    reserveSet, reserveMet, auction.getDeposit().toString(), auction.getStartsAt(), auction.getEndsAt(),
                    auction.isExtended(), ApiInput.text(auction.getCurrentPrice()),
                    auctions.minimumBid(auction).toString(), auction.getBidCount(), auctions.now());
        }
    }

    record BidLineView(int bidderNumber, String bidder, String amount, Instant placedAt, boolean leading) {

        static BidLineView of(AuctionService.BidLine line) {
            return new BidLineView(line.bidderNumber(), line.maskedBidder(), line.amount().toString(), line.placedAt(),
                    line.leading());
        }
    }
}
