package cn.ipfin.ipasset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.ipfin.core.error.InvalidInputException;
import cn.ipfin.core.error.NotFoundException;
import cn.ipfin.core.identifier.PatentApplicationNumber;
import cn.ipfin.identity.CurrentUser;
import cn.ipfin.ipasset.LegalStatusImport.Problem;
import cn.ipfin.ipasset.importer.LegalStatusFeedReader;
import cn.ipfin.ipasset.importer.LegalStatusFeedReader.Feed;
import cn.ipfin.ipasset.importer.LegalStatusFeedReader.FeedRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports legal-status feeds: each row whose application number is in the registry and whose text names a
 * known event updates the asset's legal status and history and publishes {@link LegalStatusChanged}. Rows
 * with an unknown number, an unknown text or no date go into the import's report; the other rows are kept.
 * Every row runs in its own transaction, so a failing row never undoes the others.
 *
 * <p>NOTE: the import runs within the upload request; a feed of many thousand rows keeps the request open
 * until it is done, and there is no progress bar as for patent lists.
 */
@Service
public class LegalStatusFeedService {

    private static final Logger log = LoggerFactory.getLogger(LegalStatusFeedService.class);

    private final IpAssets assets;
    private final IpPledges pledges;
    private final LegalStatusImports imports;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final LegalStatusFeedReader reader = new LegalStatusFeedReader();

    LegalStatusFeedService(IpAssets assets, IpPledges pledges, LegalStatusImports imports,
            ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock) {
        this.assets = assets;
        this.pledges = pledges;
        this.imports = imports;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    private enum Outcome {
        APPLIED, UNCHANGED
    }

    /**
     * Imports a feed for platform staff.
     *
     * @throws AccessDeniedException for other users
     * @throws InvalidInputException when the upload is not an acceptable CSV or XLSX file
     */
    public LegalStatusImport importFeed(ImportService.Upload upload, CurrentUser user) {
        requireStaff(user);
        UploadCheck.problem(upload.fileName(), upload.content()).ifPresent(key -> {
            throw InvalidInputException.of("file", key, upload.fileName());
        });
        Feed feed = read(upload);
        LegalStatusImport result = new LegalStatusImport(user.organizationId(), user.username(), upload.fileName(),
                clock.instant());
        if (feed.failed()) {
            result.fail(feed.fileErrorKey(), String.join(" ", feed.fileErrorArguments()), clock.instant());
            log.warn("Legal-status import {} of {} failed: {}", result.getId(), user.username(), feed.fileErrorKey());
            return imports.save(result);
        }
        int applied = 0;
        int unchanged = 0;
        for (FeedRow row : feed.rows()) {
            Optional<Outcome> outcome = applyRow(row, result, user.username());
            if (outcome.isPresent()) {
                applied += outcome.get() == Outcome.APPLIED ? 1 : 0;
                unchanged += outcome.get() == Outcome.UNCHANGED ? 1 : 0;
            }
        }
        result.count(feed.rows().size(), applied, unchanged);
        result.finish(clock.instant());
        log.info("Legal-status import {} by {}: {} rows, {} applied, {} unchanged, {} rejected", result.getId(),
                user.username(), feed.rows().size(), applied, unchanged, result.getRejected());
        return imports.save(result);
    }

    private Feed read(ImportService.Upload upload) {
        try {
            return reader.read(upload.content(), upload.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException("Reading legal-status feed " + upload.fileName() + " failed", e);
        }
    }

    /** Applies one row, or records it as a problem and returns empty. */
    private Optional<Outcome> applyRow(FeedRow row, LegalStatusImport result, String user) {
        PatentApplicationNumber.ParseResult number = PatentApplicationNumber.parse(row.applicationNumber());
        Optional<LegalStatusEventKind> kind = LegalStatusEventKind.fromText(row.eventText());
        String problem = !number.isValidCn() ? "ip.feed.row.numberInvalid"
                : row.dateOutOfRange() ? "ip.feed.row.dateOutOfRange"
                : row.eventDate() == null ? "ip.feed.row.dateInvalid"
                : kind.isEmpty() ? "ip.feed.row.textUnknown" : null;
        if (problem == null) {
            try {
                Optional<Outcome> outcome = transactions.execute(status -> apply(number.canonical(), kind.get(),
                        row, user));
                if (outcome.isPresent()) {
                    return outcome;
                }
                problem = "ip.feed.row.numberUnknown";
            } catch (RuntimeException e) {
                log.warn("Legal-status row {} of {} could not be applied: {}", row.rowNumber(), number.canonical(),
                        e.getClass().getSimpleName());
                problem = "ip.feed.row.saveFailed";
            }
        }
        result.reject(new Problem(row.rowNumber(), row.applicationNumber(), row.dateText(), row.eventText(),
                problem));
        return Optional.empty();
    }

    private Optional<Outcome> apply(String number, LegalStatusEventKind kind, FeedRow row, String user) {
        Optional<IpAsset> found = assets.findByRegistryAndNumber(IpKind.Registry.PATENT, number);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        IpAsset asset = found.get();
        LegalStatus oldStatus = asset.getLegalStatus();
        boolean pledgedBefore = asset.isPledged();
        if (!asset.applyFeedEvent(kind, row.eventText(), row.eventDate(), user, clock.instant())) {
            return Optional.of(Outcome.UNCHANGED);
        }
        if (kind == LegalStatusEventKind.PLEDGE_CANCELLED
                && pledges.findByAssetIdAndStatus(asset.getId(), IpPledge.Status.ACTIVE).isEmpty()) {
            asset.markPledged(false, clock.instant());
        }
        events.publishEvent(new LegalStatusChanged(asset.getId(), asset.getNumber(), kind, row.eventDate(),
                oldStatus, asset.getLegalStatus(), asset.getOwnerOrganizationId(), pledgedBefore));
        return Optional.of(Outcome.APPLIED);
    }

    /** Returns an import to platform staff. */
    public LegalStatusImport get(UUID id, CurrentUser user) {
        requireStaff(user);
        return transactions.execute(status -> imports.findById(id).map(found -> {
            found.getProblems();
            return found;
        })).orElseThrow(() -> new NotFoundException("legal-status-import.not-found", "ip.feed.notFound", id));
    }

    public List<LegalStatusImport> recent(CurrentUser user) {
        requireStaff(user);
        return imports.findByOrderByCreatedAtDesc(PageRequest.of(0, 20));
    }

    private static void requireStaff(CurrentUser user) {
        if (!user.isPlatformStaff()) {
            throw new AccessDeniedException("Only platform staff import legal-status feeds");
        }
    }
}
