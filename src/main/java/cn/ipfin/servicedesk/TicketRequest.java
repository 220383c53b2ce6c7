package cn.ipfin.servicedesk;

/**
 * The input for a new ticket. {@code requester} is the username the ticket is for. It is read only when an
 * operator records a phone call or a visit, because other users file tickets for themselves.
 */
public record TicketRequest(TicketChannel channel, TicketCategory category, String subject, String description,
        String contact, String requester) {
}
