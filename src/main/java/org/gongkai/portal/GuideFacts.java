package org.gongkai.portal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.catalog.DisclosureOffice;
import org.gongkai.catalog.PublicCatalog;
import org.gongkai.fees.FeePolicy;
import org.gongkai.fees.FeeProperties;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitKind;
import org.gongkai.platform.China;
import org.gongkai.requests.Channel;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The parts of the guide the platform states from its own settings, never typed: the channels through which it
 * takes applications (the requests module's channels), the fee policy it applies (the fees module's bands, read
 * from the policy in use, and the configured relief) and the disclosure office's contacts.
 */
@Component
public class GuideFacts {

    /** How far the bands are read; the last band found is open-ended. */
    private static final int COUNT_PROBE = 50;

    private static final int PAGE_PROBE = 1_000;

    private final FeePolicy fees;
    private final FeeProperties feeSettings;
    private final PublicCatalog catalog;
    private final UnitDirectory units;
    private final MessageSource messages;

    GuideFacts(
            FeePolicy fees,
            FeeProperties feeSettings,
            PublicCatalog catalog,
            UnitDirectory units,
            MessageSource messages) {
        this.fees = fees;
        this.feeSettings = feeSettings;
        this.catalog = catalog;
        this.units = units;
        this.messages = messages;
    }

    public Map<GuideText.Fact, List<String>> of(String governmentCode) {
        Map<GuideText.Fact, List<String>> facts = new EnumMap<>(GuideText.Fact.class);
        facts.put(GuideText.Fact.CHANNELS, List.of(channels()));
        facts.put(GuideText.Fact.FEES, fees());
        facts.put(GuideText.Fact.OFFICE, office(governmentCode));
        return facts;
    }

    String channels() {
        List<String> names = new ArrayList<>();
        for (Channel c : Channel.values()) {
            names.add(text("channel." + c.key()) + (c == Channel.ONLINE ? text("guide.fact.online-where") : ""));
        }
        return text("guide.fact.channels", String.join("、", names));
    }

    List<String> fees() {
        List<String> lines = new ArrayList<>();
        lines.add(text("guide.fact.fees", fees.basis(), countBands(), pageBands()));
        var relief = feeSettings;
        List<String> parts = new ArrayList<>();
        if (relief.waivedApplicantTypes() != null
                && !relief.waivedApplicantTypes().isEmpty()) {
            parts.add(text(
                    "guide.fact.relief.types",
                    String.join(
                            "、",
                            relief.waivedApplicantTypes().stream()
                                    .sorted()
                                    .map(t -> text("applicant.type." + t))
                                    .toList())));
        }
        if (relief.waiveUpToYuan() != null && relief.waiveUpToYuan() > 0) {
            parts.add(text("guide.fact.relief.up-to", relief.waiveUpToYuan()));
        }
        if (relief.reductionPercent() != null && relief.reductionPercent() > 0) {
            parts.add(text("guide.fact.relief.percent", relief.reductionPercent()));
        }
        if (!parts.isEmpty()) {
            String basis = relief.reliefBasis() == null || relief.reliefBasis().isBlank()
                    ? ""
                    : text("guide.fact.relief.basis", relief.reliefBasis().strip());
            lines.add(text("guide.fact.relief", String.join("；", parts), basis));
        }
        return lines;
    }

    private String countBands() {
        List<String> bands = new ArrayList<>();
        int start = 1;
        for (int n = 2; n <= COUNT_PROBE + 1; n++) {
            if (n == COUNT_PROBE + 1 || fees.countRate(n) != fees.countRate(start)) {
                long rate = fees.countRate(start);
                bands.add(
                        rate == 0
                                ? text("guide.fact.count.free", n - 1)
                                : text("guide.fact.count.band", start, n - 1, rate));
                start = n;
            }
        }
        return String.join("，", bands) + text("guide.fact.count.onwards");
    }

    private String pageBands() {
        List<String> bands = new ArrayList<>();
        int start = 1;
        for (int n = 2; n <= PAGE_PROBE + 1; n++) {
            if (n == PAGE_PROBE + 1) {
                bands.add(text("guide.fact.pages.last", start, perPage(start)));
            } else if (perPage(n) != perPage(start)) {
                long rate = perPage(start);
                bands.add(
                        rate == 0
                                ? text("guide.fact.pages.free", n - 1)
                                : text("guide.fact.pages.band", start, n - 1, rate));
                start = n;
            }
        }
        return String.join("，", bands);
    }

    private long perPage(int n) {
        return fees.byPages(n) - fees.byPages(n - 1);
    }

    List<String> office(String governmentCode) {
        Optional<DisclosureOffice> office = catalog.office(governmentCode)
                .or(() -> units.all().stream()
                        .filter(u -> governmentCode.equals(u.parentCode()) && u.kind() == UnitKind.GOVERNMENT_OFFICE)
                        .map(Unit::code)
                        .findFirst()
                        .flatMap(catalog::office));
        if (office.isEmpty()) {
            return List.of(text("guide.fact.office.none"));
        }
        DisclosureOffice o = office.get();
        List<String> lines = new ArrayList<>();
        lines.add(text("portal.guide.office") + "：" + o.name());
        lines.add(text("portal.guide.address") + "：" + o.address());
        if (o.postcode() != null && !o.postcode().isBlank()) {
            lines.add(text("portal.guide.postcode") + "：" + o.postcode());
        }
        lines.add(text("portal.guide.phone") + "：" + o.phone());
        if (o.fax() != null && !o.fax().isBlank()) {
            lines.add(text("portal.guide.fax") + "：" + o.fax());
        }
        if (o.email() != null && !o.email().isBlank()) {
            lines.add(text("portal.guide.email") + "：" + o.email());
        }
        lines.add(text("portal.guide.hours") + "：" + o.hours());
        return lines;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, China.LOCALE);
    }
}
