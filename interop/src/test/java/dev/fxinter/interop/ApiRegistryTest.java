package dev.fxinter.interop;

import dev.fxinter.buildsupport.ApiRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The compiled public API must equal the checked-in registry {@code api/fxinter-interop.api}:
 * removing or changing a public name never passes unnoticed, and adding one needs the registry
 * updated in the same commit.
 */
class ApiRegistryTest {
    @Test
    void publicApiMatchesTheRegistry() throws Exception {
        ApiRegistry.check(Path.of("target/classes"), "dev.fxinter.interop",
                Path.of("api/fxinter-interop.api"),
                "mvn -pl build-support,dispatcher,interop install -DskipTests && mvn -pl interop test -Dtest=ApiRegistryTest -Dapi.update=true");
    }
}
