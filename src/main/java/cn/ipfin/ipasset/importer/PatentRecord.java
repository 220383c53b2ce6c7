package cn.ipfin.ipasset.importer;

import cn.ipfin.core.identifier.PatentType;
import java.time.LocalDate;
import java.util.List;

/**
 * One accepted row of a patent list (专利清单). Text fields are null when the column is missing or the
 * cell blank, and list fields are empty then.
 *
 * @param rowNumber         1-based row number in the file, where the header is row 1
 * @param applicationNumber canonical Chinese application number ({@code 201710601862.3}) or, for a foreign
 *                          number, the number as written after folding width, case and spaces
 * @param foreign           whether the number belongs to an office other than CNIPA
 * @param office            two-letter office code, {@code CN} for Chinese numbers
 * @param patentType        from the patent type column when it names a type, else from the type digit of a
 *                          Chinese number, else {@link PatentType#UNKNOWN}
 * @param title             title in Chinese (or in the original language), never null
 * @param titleEn           English title
 * @param abstractText      abstract
 * @param applicants        applicants or current patent owners, in the order written
 * @param inventors         inventors or designers, in the order written
 * @param publicationNumber publication or grant publication number, such as {@code CN111341297A}
 * @param filingDate        filing date (申请日)
 * @param publicationDate   publication date (公开日)
 * @param grantDate         grant announcement date (授权公告日)
 * @param ipcCodes          IPC codes, in the order written
 * @param mainIpc           main IPC code from its own column, else the first IPC code
 * @param claimsCount       number of claims
 * @param legalStatus       legal status text as the database reports it, such as {@code 有效}
 * @param familySize        number of family members
 * @param country           publishing country or receiving office as written, such as {@code 中国台湾}
 */
public record PatentRecord(
        int rowNumber,
        String applicationNumber,
        boolean foreign,
        String office,
        PatentType patentType,
        String title,
        String titleEn,
        String abstractText,
        List<String> applicants,
        List<String> inventors,
        String publicationNumber,
        LocalDate filingDate,
        LocalDate publicationDate,
        LocalDate grantDate,
        List<String> ipcCodes,
        String mainIpc,
        Integer claimsCount,
        String legalStatus,
        Integer familySize,
        String country) {

    public PatentRecord {
        applicants = List.copyOf(applicants);
        inventors = List.copyOf(inventors);
        ipcCodes = List.copyOf(ipcCodes);
    }
}
