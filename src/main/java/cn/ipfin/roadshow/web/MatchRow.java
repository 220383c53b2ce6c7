package cn.ipfin.roadshow.web;

import java.util.List;
import java.util.Locale;

import cn.ipfin.roadshow.MatchReasons;
import cn.ipfin.roadshow.MatchScore;
import org.springframework.context.MessageSource;

/** A ranked candidate for a page, with each score part's reason already rendered in the reader's language. */
record MatchRow(Long id, String name, int score, List<Part> parts) {

    record Part(String criterion, int points, int maxPoints, String reason) {
    }

    static MatchRow of(Long id, String name, MatchScore score, MessageSource messages, Locale locale) {
        List<Part> parts = score.parts().stream()
                .map(part -> new Part(messages.getMessage(part.criterion().messageKey(), null, locale), part.points(), part.maxPoints(),
                        MatchReasons.render(part.reason(), messages, locale)))
                .toList();
        return new MatchRow(id, name, score.total(), parts);
    }
}
