package cn.ipfin.ipasset;

import java.util.List;
import java.util.stream.Collectors;

import cn.ipfin.organization.OrganizationNames;

/** Joins folded owner names as {@code |key1|key2|}, so one {@code like '%|key|%'} finds an owner. */
final class OwnerKeys {

    private OwnerKeys() {
    }

    static String join(List<String> owners) {
        return owners.stream().map(OrganizationNames::key).filter(key -> !key.isEmpty())
                .collect(Collectors.joining("|", "|", "|"));
    }

    static List<String> keys(List<String> owners) {
        return owners.stream().map(OrganizationNames::key).filter(key -> !key.isEmpty()).distinct().toList();
    }
}
