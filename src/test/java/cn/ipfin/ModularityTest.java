package cn.ipfin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(IpfinApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void businessModulesAreDetected() {
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .contains("core", "identity", "organization", "ipasset", "portal", "demo");
    }
}
