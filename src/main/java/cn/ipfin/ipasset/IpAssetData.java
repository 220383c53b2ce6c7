package cn.ipfin.ipasset;

import java.time.LocalDate;
import java.util.List;

/** The descriptive data of an IP right as entered by hand or read from an import row. */
public record IpAssetData(IpKind kind, String title, String titleEn, String abstractText, List<String> owners,
        List<String> inventors, String publicationNumber, LocalDate filingDate, LocalDate publicationDate,
        LocalDate grantDate, List<String> classifications, String mainClassification, Integer claimsCount,
        Integer familySize) {

    public IpAssetData {
        owners = owners == null ? List.of() : List.copyOf(owners);
        inventors = inventors == null ? List.of() : List.copyOf(inventors);
        classifications = classifications == null ? List.of() : List.copyOf(classifications);
    }
}
