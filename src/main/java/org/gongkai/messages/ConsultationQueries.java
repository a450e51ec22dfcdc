package org.gongkai.messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.catalog.ItemTitles;
import org.gongkai.catalog.ItemTitles.ItemTitle;
import org.gongkai.org.StaffMember;
import org.gongkai.org.UnitDirectory;
import org.gongkai.platform.errors.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public and staff read of consultations. The public never sees who commented. */
@Service
@Transactional(readOnly = true)
public class ConsultationQueries {

    private final ConsultationRepository repo;
    private final UnitDirectory units;
    private final ItemTitles items;
    private final Clock clock;

    ConsultationQueries(ConsultationRepository repo, UnitDirectory units, ItemTitles items, Clock clock) {
        this.repo = repo;
        this.units = units;
        this.items = items;
        this.clock = clock;
    }

    /** A consultation in a list, with its phase today and its unit's name. */
    public record Listed(Consultation consultation, ConsultationPhase phase, String unitName) {}

    /** A shown comment as the public sees it: de-identified text and the adoption decision. */
    public record PublicComment(String text, Comment.Adoption adoption, String reason) {}

    /** A consultation's page. {@code comments} are the public ones on the portal, all of them in the console. */
    public record View(
            Consultation consultation,
            ConsultationPhase phase,
            String unitName,
            List<PublicComment> shown,
            List<Comment> comments,
            Map<Long, long[]> results,
            Optional<ItemTitle> finalItem,
            Set<ConsultationStep> allowed) {}

    /** Open, closed and concluded consultations (not those still to come), the latest first. */
    public List<Listed> publicList() {
        LocalDate today = LocalDate.now(clock);
        return repo.all().stream()
                .filter(c -> c.phase(today) != ConsultationPhase.UPCOMING)
                .map(c -> new Listed(c, c.phase(today), unitName(c.unitCode())))
                .toList();
    }

    public View publicView(long id) {
        LocalDate today = LocalDate.now(clock);
        Consultation c = repo.find(id)
                .filter(x -> x.phase(today) != ConsultationPhase.UPCOMING)
                .orElseThrow(() -> new NotFoundException("consultation.error.not-found"));
        return view(c, null, today, false);
    }

    /** The consultations of the units the viewer sees. */
    public List<Listed> staffList(StaffMember staff) {
        LocalDate today = LocalDate.now(clock);
        Set<String> visible = units.visibleUnitCodes(staff);
        return repo.all().stream()
                .filter(c -> visible.contains(c.unitCode()))
                .map(c -> new Listed(c, c.phase(today), unitName(c.unitCode())))
                .toList();
    }

    public View staffView(StaffMember staff, long id) {
        LocalDate today = LocalDate.now(clock);
        Consultation c = repo.find(id)
                .filter(x -> units.maySee(staff, x.unitCode()))
                .orElseThrow(() -> new NotFoundException("consultation.error.not-found"));
        return view(c, staff, today, true);
    }

    /** Concluded consultations whose final document is the catalogue item: the item page links back to them. */
    public List<Consultation> forCatalogItem(long itemId) {
        LocalDate today = LocalDate.now(clock);
        return repo.byFinalItem(itemId).stream()
                .filter(c -> c.phase(today) == ConsultationPhase.CONCLUDED)
                .toList();
    }

    private View view(Consultation c, StaffMember staff, LocalDate today, boolean forStaff) {
        ConsultationPhase phase = c.phase(today);
        List<Comment> all = repo.comments(c.id());
        List<PublicComment> shown = all.stream()
                .filter(Comment::shown)
                .map(k -> new PublicComment(
                        k.publicText(),
                        phase == ConsultationPhase.CONCLUDED || forStaff ? k.adoption() : null,
                        phase == ConsultationPhase.CONCLUDED || forStaff ? k.adoptionReason() : null))
                .toList();
        boolean resultsOut = forStaff || phase == ConsultationPhase.CONCLUDED;
        return new View(
                c,
                phase,
                unitName(c.unitCode()),
                shown,
                forStaff ? all.stream().map(ConsultationQueries::masked).toList() : List.of(),
                resultsOut && c.kind().isSurvey() ? repo.results(c.id()) : Map.of(),
                c.finalItemId() == null ? Optional.empty() : items.published(c.finalItemId()),
                c.allowedSteps(staff, today));
    }

    /** In the console the commenter's name is masked and the contact left out: moderation needs neither. */
    private static Comment masked(Comment k) {
        return new Comment(
                k.id(),
                k.consultationId(),
                k.authorName() == null ? null : MessageQueries.maskName(k.authorName()),
                null,
                k.text(),
                k.publicText(),
                k.submittedAt(),
                k.moderation(),
                k.adoption(),
                k.adoptionReason());
    }

    private String unitName(String code) {
        return units.find(code).map(org.gongkai.org.Unit::name).orElse(code);
    }
}
