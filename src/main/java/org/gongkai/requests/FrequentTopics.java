package org.gongkai.requests;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Topics asked for often: the keywords of the requested contents (HanLP's segmenter), grouped over a period, with the
 * applications that ask for them. Shown to the disclosure office as candidates for proactive disclosure (主动公开):
 * what many people ask for one by one may be worth publishing once.
 */
@Service
public class FrequentTopics {

    /** Applications looked at, at most, in one period. */
    static final int MAX_APPLICATIONS = 5000;

    /** Words every application has, which say nothing about its topic. */
    static final Set<String> GENERIC = Set.of(
            "申请", "公开", "信息", "政府", "提供", "情况", "相关", "要求", "本人", "请求", "有关", "获取", "内容", "材料", "文件", "资料", "具体", "以及",
            "包括", "是否", "我们", "您好", "依法", "年度", "办理", "查询", "复印件", "名单", "项目", "全文", "有限公司", "部门", "单位", "本县", "示例县");

    private final RequestRepository requests;
    private final UnitDirectory units;

    FrequentTopics(RequestRepository requests, UnitDirectory units) {
        this.requests = requests;
        this.units = units;
    }

    /** A topic, how many applications asked for it and the latest of them. */
    public record Topic(String keyword, int applications, List<RequestSummary> examples) {}

    /** Topics asked for in at least {@code minimum} applications received in the period, most asked first. */
    @Transactional(readOnly = true)
    public List<Topic> between(StaffMember staff, LocalDate from, LocalDate to, int minimum, int limit) {
        List<RequestSummary> received =
                requests.receivedBetween(units.visibleUnitCodes(staff), from, to, MAX_APPLICATIONS);
        return group(received, minimum, limit);
    }

    static List<Topic> group(List<RequestSummary> received, int minimum, int limit) {
        Map<String, List<RequestSummary>> byWord = new LinkedHashMap<>();
        for (RequestSummary r : received) {
            for (String word : keywords(r.description())) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(r);
            }
        }
        return byWord.entrySet().stream()
                .filter(e -> e.getValue().size() >= Math.max(2, minimum))
                .sorted(Comparator.comparingInt((Map.Entry<String, List<RequestSummary>> e) ->
                                -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> new Topic(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream().limit(10).toList()))
                .toList();
    }

    /**
     * The distinct topic words of one requested content: the nouns, place and organisation names and verbal nouns
     * HanLP's segmenter finds (征收, 补偿, 老旧, 小区, 城关镇 ...), without the words every application has.
     */
    static Set<String> keywords(String text) {
        Set<String> out = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (Term t : HanLP.segment(text)) {
            String word = t.word.strip();
            String nature = t.nature == null ? "" : t.nature.toString();
            if (word.codePointCount(0, word.length()) >= 2
                    && (nature.startsWith("n") || nature.equals("vn"))
                    && !GENERIC.contains(word)
                    && !word.chars().allMatch(Character::isDigit)) {
                out.add(word);
            }
        }
        return out;
    }
}
