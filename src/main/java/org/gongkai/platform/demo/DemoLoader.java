package org.gongkai.platform.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.platform.GongkaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * With {@code --demo}, fills an empty database with the demo county and prints the demo logins. Until it is done,
 * {@code /actuator/health} answers OUT_OF_SERVICE (503), so nobody is served a half-filled county.
 */
@Component
class DemoLoader implements ApplicationRunner, HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    private final GongkaiProperties props;
    private final List<DemoContributor> contributors;
    private volatile boolean done;

    DemoLoader(GongkaiProperties props, List<DemoContributor> contributors) {
        this.props = props;
        this.contributors = contributors;
    }

    @Override
    public Health health() {
        return done || !props.demo()
                ? Health.up().build()
                : Health.outOfService().build();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demo()) {
            return;
        }
        try {
            fill();
        } finally {
            done = true;
        }
    }

    private void fill() {
        List<String> lines = new ArrayList<>();
        boolean empty = contributors.stream().noneMatch(DemoContributor::hasData);
        if (empty) {
            LOG.info("Filling the empty database with the demo county (示例县)…");
            contributors.stream()
                    .sorted(Comparator.comparingInt(DemoContributor::order))
                    .forEach(c -> c.seed(lines::add));
        } else {
            lines.add("数据库已有数据，未重新生成演示数据。");
            contributors.stream()
                    .sorted(Comparator.comparingInt(DemoContributor::order))
                    .filter(c -> c instanceof DemoLogins)
                    .forEach(c -> ((DemoLogins) c).printLogins(lines::add));
        }
        System.out.println();
        System.out.println("==== 公开 Gongkai 演示 (demo) ====");
        lines.forEach(System.out::println);
        System.out.println("==================================");
    }
}
