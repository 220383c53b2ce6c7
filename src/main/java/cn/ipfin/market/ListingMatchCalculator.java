package cn.ipfin.market;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import cn.ipfin.core.money.Money;
import cn.ipfin.ipasset.IpKind;

/**
 * Matches a buy request (求购) to published listings and scores each match from 0 to 100.
 *
 * <p>A listing is excluded when the request names an IP type and the listing is of another type, when the
 * request has keywords and none occurs in the listing's title or description, or when the listing's price is
 * above the request's maximum budget. Otherwise the score adds up:
 * <ul>
 * <li>IP type: 30 when the types match, 15 when the request names no type;</li>
 * <li>industry (GB/T 4754 section): 20 when equal, 10 when either side names none, 0 when different;</li>
 * <li>keywords: 40 times the share of the request's keywords found, rounded down, or 20 without keywords;</li>
 * <li>price: 10 when the price is within the budget (a price below the minimum counts as within), 5 when the
 * listing is negotiable or its price unknown.</li>
 * </ul>
 * Keywords are compared after NFKC folding and lower-casing, so full-width and half-width forms match.
 * Matches scoring below {@value #MINIMUM_SCORE} are left out; the rest are sorted by score, highest first,
 * then by listing id.
 */
public final class ListingMatchCalculator {

    public static final int MINIMUM_SCORE = 40;

    /** The criteria of a buy request. A null {@code budgetMax} means no upper limit. */
    public record Criteria(IpKind kind, String industryCode, String keywords, Money budgetMax) {
    }

    /** One published listing; {@code price} is the asking or start price, null when negotiable. */
    public record Candidate(Long listingId, IpKind kind, String industryCode, String title, String description,
            Money price) {
    }

    /** A reason that adds to the score, as a message key with its arguments. */
    public record Reason(String messageKey, List<Object> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }
    }

    /** One scored match. */
    public record Match(Long listingId, int score, List<Reason> reasons) {

        public Match {
            reasons = List.copyOf(reasons);
        }
    }

    /** Splits a keyword text at spaces, commas and enumeration commas; at most ten distinct keywords. */
    public static List<String> keywords(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(fold(text).split("[\\s,，、;；]+")).filter(word -> !word.isBlank()).distinct()
                .limit(10).toList();
    }

    public List<Match> match(Criteria criteria, List<Candidate> candidates) {
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : candidates) {
            score(criteria, candidate).filter(match -> match.score() >= MINIMUM_SCORE).ifPresent(matches::add);
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed().thenComparing(Match::listingId));
        return matches;
    }

    /** Scores one candidate, or returns empty when a hard condition excludes it. */
    public Optional<Match> score(Criteria criteria, Candidate candidate) {
        if (criteria.kind() != null && criteria.kind() != candidate.kind()) {
            return Optional.empty();
        }
        if (criteria.budgetMax() != null && candidate.price() != null
                && candidate.price().compareTo(criteria.budgetMax()) > 0) {
            return Optional.empty();
        }
        List<String> words = keywords(criteria.keywords());
        String text = fold(candidate.title() + " " + (candidate.description() == null ? "" : candidate.description()));
        long found = words.stream().filter(text::contains).count();
        if (!words.isEmpty() && found == 0) {
            return Optional.empty();
        }

        List<Reason> reasons = new ArrayList<>();
        int score = criteria.kind() == null ? 15 : 30;
        if (criteria.kind() != null) {
            reasons.add(new Reason("market.match.kind", List.of()));
        }
        score += industryPoints(criteria.industryCode(), candidate.industryCode(), reasons);
        if (words.isEmpty()) {
            score += 20;
        } else {
            score += (int) (40 * found / words.size());
            reasons.add(new Reason("market.match.keywords", List.of(found, words.size())));
        }
        if (candidate.price() == null) {
            score += 5;
        } else {
            score += 10;
            reasons.add(new Reason("market.match.budget", List.of(candidate.price().toString())));
        }
        return Optional.of(new Match(candidate.listingId(), score, reasons));
    }

    private static int industryPoints(String wanted, String offered, List<Reason> reasons) {
        if (wanted == null || wanted.isBlank() || offered == null || offered.isBlank()) {
            return 10;
        }
        if (wanted.equals(offered)) {
            reasons.add(new Reason("market.match.industry", List.of()));
            return 20;
        }
        return 0;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }
}
