package cn.ipfin.ipasset;

import java.util.ArrayList;
import java.util.List;

import cn.ipfin.ipasset.importer.PatentRecord;

/**
 * Turns an imported patent record into registry data. Lists that would overflow their columns are cut at a
 * whole entry, and a title longer than the column is shortened with an ellipsis.
 */
final class RecordMapping {

    private static final int TITLE_LENGTH = 500;
    private static final int LIST_LENGTH = 2000;

    private RecordMapping() {
    }

    static IpAssetData toData(PatentRecord record) {
        List<String> ipc = record.ipcCodes();
        String mainIpc = record.mainIpc() != null ? record.mainIpc() : ipc.isEmpty() ? null : ipc.get(0);
        return new IpAssetData(kind(record), shorten(record.title(), TITLE_LENGTH), shorten(record.titleEn(),
                TITLE_LENGTH), record.abstractText(), fit(record.applicants()), fit(record.inventors()),
                shorten(record.publicationNumber(), 64), record.filingDate(), record.publicationDate(),
                record.grantDate(), fit(ipc), shorten(mainIpc, 64), record.claimsCount(), record.familySize());
    }

    /**
     * Maps the patent type; foreign records without a type column become inventions.
     * NOTE: a foreign utility model without a 专利类型 column is therefore listed as an invention.
     */
    private static IpKind kind(PatentRecord record) {
        return switch (record.patentType()) {
            case UTILITY_MODEL -> IpKind.UTILITY_MODEL;
            case DESIGN -> IpKind.DESIGN;
            default -> IpKind.INVENTION;
        };
    }

    private static List<String> fit(List<String> entries) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String entry : entries) {
            length += entry.length() + 1;
            if (length > LIST_LENGTH) {
                break;
            }
            kept.add(entry);
        }
        return kept;
    }

    private static String shorten(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
