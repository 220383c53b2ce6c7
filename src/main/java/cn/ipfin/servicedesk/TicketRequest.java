package cn.ipfin.servicedesk;

/**
 * What a requester or an operator enters for a new ticket. {@code requester} is the username the ticket is for
 * and is taken only from an operator recording a phone call or a visit; other users file tickets for themselves.
 */
public record TicketRequest(TicketChannel channel, TicketCategory category, String subject, String description,
        String contact, String requester) {
}
