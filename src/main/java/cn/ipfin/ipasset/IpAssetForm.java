package cn.ipfin.ipasset;

/**
 * An IP right entered by hand (手工登记); the page form and the API bind to it as text, and
 * {@link ManualEntryService} checks every field.
 */
public record IpAssetForm(String kind, String number, String title, String owners, String inventors,
        String filingDate, String publicationDate, String grantDate, String classification, String claimsCount,
        String legalStatus, String abstractText) {

    public static IpAssetForm empty() {
        return new IpAssetForm("INVENTION", "", "", "", "", "", "", "", "", "", "VALID", "");
    }
}
