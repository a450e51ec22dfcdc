package org.gongkai.supervision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.catalog.CatalogInspection;
import org.gongkai.requests.IdNumbers;
import org.springframework.stereotype.Component;

/**
 * Resident ID numbers (with a valid check character) and mobile numbers in published items and their attachments
 * (个人信息保护法 art. 28 and 条例 art. 15): found numbers are shown masked.
 */
@Component
class PersonalNumbersRule implements SelfInspectionRule {

    static final Pattern ID = Pattern.compile("(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9])");
    static final Pattern MOBILE = Pattern.compile("(?<![0-9])1[3-9][0-9]{9}(?![0-9])");
    private final CatalogInspection catalog;

    PersonalNumbersRule(CatalogInspection catalog) {
        this.catalog = catalog;
    }

    @Override
    public String code() {
        return "personal-numbers";
    }

    @Override
    public Severity severity() {
        return Severity.HIGH;
    }

    @Override
    public List<Detection> inspect(Scope scope) {
        List<Detection> out = new ArrayList<>();
        for (CatalogInspection.ItemText t : catalog.withLongDigitRuns(scope.units())) {
            int ids = 0;
            Matcher m = ID.matcher(t.text());
            while (m.find()) {
                ids += IdNumbers.isValidResidentId(m.group()) ? 1 : 0;
            }
            int mobiles = 0;
            m = MOBILE.matcher(t.text());
            while (m.find()) {
                mobiles++;
            }
            if (ids + mobiles > 0) {
                out.add(Detection.of(
                        t.item().unitCode(),
                        "item:" + t.item().id(),
                        Evidence.item(t.item().id()),
                        t.item().title(),
                        ids,
                        mobiles));
            }
        }
        return out;
    }
}
