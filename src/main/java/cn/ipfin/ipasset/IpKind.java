package cn.ipfin.ipasset;

/** The type of an IP right (知识产权类型). */
public enum IpKind {
    INVENTION(Registry.PATENT),
    UTILITY_MODEL(Registry.PATENT),
    DESIGN(Registry.PATENT),
    TRADEMARK(Registry.TRADEMARK),
    SOFTWARE_COPYRIGHT(Registry.COPYRIGHT);

    /** The register that issues the numbers of a kind; a number is unique within its register. */
    public enum Registry {
        PATENT, TRADEMARK, COPYRIGHT
    }

    private final Registry registry;

    IpKind(Registry registry) {
        this.registry = registry;
    }

    public Registry registry() {
        return registry;
    }

    public boolean isPatent() {
        return registry == Registry.PATENT;
    }

    public String messageKey() {
        return "ip.kind." + name();
    }
}
