package org.gongkai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One way for each concern, checked in the sources: steps are types (no template or SQL string names a status),
 * and settings are typed (no scattered {@code @Value} or environment lookups).
 */
class HouseRulesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path MAIN_JAVA = Path.of("src/main/java");

    /** A quoted constant name on either side of a comparison, or as a {@code th:case}: {@code st.name() == 'X'}. */
    static final Pattern TEMPLATE_NAME_COMPARISON = Pattern.compile(
            "(==|!=|\\beq\\b|\\bne\\b)\\s*'[A-Z][A-Z0-9_]+'|'[A-Z][A-Z0-9_]+'\\s*(==|!=|\\beq\\b|\\bne\\b)"
                    + "|th:case=\"'[A-Z][A-Z0-9_]+'\"");

    /** A status spelled out in SQL: {@code status = 'X'}, {@code status <> 'X'}, {@code status in ('X', …)}. */
    static final Pattern SQL_STATUS_LITERAL = Pattern.compile(
            "\\b\\w*status\\w*\\s*(=|<>|!=)\\s*'|\\b\\w*status\\w*\\s+(not\\s+)?in\\s*\\(\\s*'",
            Pattern.CASE_INSENSITIVE);

    /** Settings come from typed settings records (GongkaiProperties or a module's @ConfigurationProperties). */
    static final Pattern SCATTERED_SETTING =
            Pattern.compile("@Value\\s*\\(|System\\.getenv\\s*\\(|System\\.getProperty\\s*\\(\\s*\"gongkai");

    /** h4 removes these: the annual report's sign-off page still compares status names. */
    private static final Set<String> KNOWN_TEMPLATE_EXCEPTIONS = Set.of("console/annual/view.html");

    @Test
    void noTemplateComparesAStatusOrOtherEnumByItsName() {
        List<String> found = violations(TEMPLATES, ".html", TEMPLATE_NAME_COMPARISON).stream()
                .filter(v -> KNOWN_TEMPLATE_EXCEPTIONS.stream().noneMatch(v::startsWith))
                .toList();
        assertThat(found)
                .as("templates ask the allowed steps (or compare enums with T(…)), never a name string")
                .isEmpty();
    }

    @Test
    void noSqlStringSpellsOutAStatus() {
        assertThat(violations(MAIN_JAVA, ".java", SQL_STATUS_LITERAL))
                .as("status sets in SQL are bound from the enums as parameters")
                .isEmpty();
    }

    @Test
    void settingsAreTypedNotReadHereAndThere() {
        assertThat(violations(MAIN_JAVA, ".java", SCATTERED_SETTING))
                .as("use GongkaiProperties or a module's @ConfigurationProperties record")
                .isEmpty();
    }

    @Test
    void theRulesRecogniseWhatTheyForbid() {
        assertThat(TEMPLATE_NAME_COMPARISON
                        .matcher("th:if=\"${st.name() == 'REGISTERED'}\"")
                        .find())
                .isTrue();
        assertThat(TEMPLATE_NAME_COMPARISON
                        .matcher("th:if=\"${'DRAFT' != item.status().name()}\"")
                        .find())
                .isTrue();
        assertThat(TEMPLATE_NAME_COMPARISON
                        .matcher("th:if=\"${allowed.contains(Step.CONFIRM)}\"")
                        .find())
                .isFalse();
        assertThat(TEMPLATE_NAME_COMPARISON
                        .matcher("@{/portal/catalog/list(validity='VALID')}")
                        .find())
                .isFalse();
        assertThat(SQL_STATUS_LITERAL
                        .matcher("and status in ('REGISTERED', 'EXTENDED')")
                        .find())
                .isTrue();
        assertThat(SQL_STATUS_LITERAL.matcher("where i.status = 'PUBLISHED'").find())
                .isTrue();
        assertThat(SQL_STATUS_LITERAL.matcher("where r.review_status <> 'DONE'").find())
                .isTrue();
        assertThat(SQL_STATUS_LITERAL
                        .matcher("and status = any(?) and status = :s")
                        .find())
                .isFalse();
        assertThat(SCATTERED_SETTING
                        .matcher("@Value(\"${gongkai.data-dir:data}\") Path dir")
                        .find())
                .isTrue();
        assertThat(SCATTERED_SETTING
                        .matcher("System.getenv(\"GONGKAI_CJK_FONT\")")
                        .find())
                .isTrue();
    }

    /** Every line matching {@code rule} in the files under {@code root} ending in {@code suffix}, as path:line. */
    private static List<String> violations(Path root, String suffix, Pattern rule) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (rule.matcher(lines.get(i)).find()) {
                        out.add(root.relativize(file).toString().replace('\\', '/') + ":" + (i + 1) + ": "
                                + lines.get(i).strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
