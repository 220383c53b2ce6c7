package cn.ipfin.ipasset;

/**
 * The number of an IP right in its register, already validated and in canonical form: a Chinese patent
 * application number such as {@code 201710601862.3}, a foreign number kept as written, a trademark
 * registration number or a software copyright registration number.
 */
public record IpNumber(String value, boolean foreign, String office) {
}
