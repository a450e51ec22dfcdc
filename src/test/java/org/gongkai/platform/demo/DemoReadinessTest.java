package org.gongkai.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.gongkai.platform.GongkaiProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

/** Health is not UP while the demo county is still being filled, so nobody is served a half-filled county. */
class DemoReadinessTest {

    private static GongkaiProperties props(boolean demo) {
        return new GongkaiProperties(Path.of("target/unused"), demo, null, null, null, false, true, null);
    }

    @Test
    void whileTheDemoIsBeingFilledHealthIsOutOfService() {
        DemoLoader loader = new DemoLoader(props(true), List.of());

        assertThat(loader.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
    }

    @Test
    void withoutTheDemoHealthIsUpAtOnce() {
        DemoLoader loader = new DemoLoader(props(false), List.of());

        assertThat(loader.health().getStatus()).isEqualTo(Status.UP);
    }
}
