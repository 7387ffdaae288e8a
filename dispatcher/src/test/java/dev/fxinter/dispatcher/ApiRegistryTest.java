package dev.fxinter.dispatcher;

import dev.fxinter.buildsupport.ApiRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The compiled public API must equal the checked-in registry {@code api/fxinter-dispatcher.api}:
 * removing or changing a public name never passes unnoticed, and adding one needs the registry
 * updated in the same commit.
 */
class ApiRegistryTest {
    @Test
    void publicApiMatchesTheRegistry() throws Exception {
        ApiRegistry.check(Path.of("target/classes"), "dev.fxinter.dispatcher",
                Path.of("api/fxinter-dispatcher.api"),
                "mvn -pl build-support,dispatcher install -DskipTests && mvn -pl dispatcher test -Dtest=ApiRegistryTest -Dapi.update=true");
    }
}
