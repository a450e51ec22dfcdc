package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each message key is written once in its bundle: a second line with the same key silently replaces the first, so
 * the page that used the first shows the other's words (a field's 「请选择检查清单中的一项」 became 「没有编号为 {0}
 * 的督办事项」).
 */
class MessageBundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern KEY = Pattern.compile("^([^#!\\s=:][^=:\\s]*)\\s*[=:]");

    static List<String> repeatedKeys(List<String> lines) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        boolean continued = false;
        for (String line : lines) {
            boolean wasContinued = continued;
            continued = line.endsWith("\\") && !line.endsWith("\\\\");
            if (wasContinued) {
                continue;
            }
            Matcher m = KEY.matcher(line);
            if (m.find() && !seen.add(m.group(1))) {
                repeated.add(m.group(1));
            }
        }
        return repeated;
    }

    @Test
    void everyKeyIsWrittenOnceInItsBundle() throws IOException {
        List<String> repeated = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                repeatedKeys(Files.readAllLines(f, StandardCharsets.UTF_8))
                        .forEach(k -> repeated.add(f.getFileName() + ": " + k));
            }
        }
        assertThat(repeated).isEmpty();
    }

    @Test
    void aRepeatedKeyIsFoundAndAContinuedLineIsNoKey() {
        assertThat(repeatedKeys(List.of("a.b=一", "# a.b=注释", "c=长\\", "  a.b=续行", "a.b = 二")))
                .containsExactly("a.b");
        assertThat(repeatedKeys(List.of("a.b=一", "a.c=二"))).isEmpty();
    }
}
