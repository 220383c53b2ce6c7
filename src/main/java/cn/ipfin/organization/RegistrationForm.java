package cn.ipfin.organization;

/**
 * The registration form (机构注册) of an organisation and its first user. Both the page form and the API bind
 * to it, and {@link RegistrationService} checks every field and reports all problems at once.
 */
public record RegistrationForm(String type, String name, String creditCode, String district, String industry,
        String contactName, String contactPhone, String introduction, String adminUsername, String adminPassword) {

    public static RegistrationForm empty() {
        return new RegistrationForm("ENTERPRISE", "", "", "", "", "", "", "", "", "");
    }

    /** Masks the password and the contact's personal data, which must not reach a log. */
    @Override
    public String toString() {
        return "RegistrationForm[" + type + ", " + name + ", " + creditCode + ", user " + adminUsername + "]";
    }
}
