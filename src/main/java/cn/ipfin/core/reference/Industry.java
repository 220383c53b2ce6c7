package cn.ipfin.core.reference;

import java.util.Arrays;
import java.util.Optional;

/**
 * A section (门类) of the Industrial Classification for National Economic Activities, GB/T 4754-2017.
 * Display names come from the message bundles under {@code industry.<code>}.
 */
public enum Industry {
    A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R, S, T;

    public static Optional<Industry> of(String code) {
        return Arrays.stream(values()).filter(industry -> industry.name().equals(code)).findFirst();
    }

    public String messageKey() {
        return "industry." + name();
    }
}
