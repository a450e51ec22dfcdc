package org.gongkai.org.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongkai.org.FormerName;
import org.gongkai.org.Unit;
import org.gongkai.org.UnitAdministration;
import org.gongkai.org.UnitAdministration.NewUnit;
import org.gongkai.org.UnitAdministration.UnitChange;
import org.gongkai.org.UnitDirectory;
import org.gongkai.org.UnitImport;
import org.gongkai.org.UnitSplit;
import org.gongkai.org.UnitSplits;
import org.gongkai.org.UnitSplits.SplitOrder;
import org.gongkai.org.UnitsMerged;
import org.gongkai.org.security.StaffPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The unit tree: public to read; created, renamed, moved, deactivated, merged and split by administrators. */
@RestController
@Tag(name = "units", description = "The unit tree and its reorganisations")
class UnitApiController {

    /** A unit as the API gives it, with the names it had before. */
    record UnitView(
            String code, String name, String parentCode, String kind, boolean active, List<FormerName> formerNames) {}

    /** Body of {@code PATCH /api/v1/units/{code}}: any of name (valid from {@code from}), parentCode, active. */
    record UnitPatch(String name, LocalDate from, String parentCode, Boolean active) {}

    /** Body of {@code POST /api/v1/units/{code}/merge}. */
    record MergeBody(String into, String decision) {}

    /**
     * Body of {@code POST /api/v1/units/{code}/split}: the successors, the default successor for everything not
     * named, and where named open cases (tracking code), unpublished items and standard-catalogue entries (ids) go.
     */
    record SplitBody(
            List<String> successors,
            @JsonProperty("default") String defaultCode,
            Map<String, String> cases,
            Map<String, String> items,
            Map<String, String> entries,
            String decision) {}

    /** What an import created. */
    record ImportResult(int created) {}

    private final UnitDirectory units;
    private final UnitAdministration administration;
    private final UnitImport imports;
    private final UnitSplits splits;

    UnitApiController(UnitDirectory units, UnitAdministration administration, UnitImport imports, UnitSplits splits) {
        this.units = units;
        this.administration = administration;
        this.imports = imports;
        this.splits = splits;
    }

    @Operation(summary = "Every unit, with whether it is active and its former names (public)")
    @GetMapping("/api/v1/units")
    List<UnitView> units() {
        return units.all().stream().map(this::view).toList();
    }

    @Operation(summary = "Create a unit (administrators only); 400 naming the field, 409 for a code in use")
    @PostMapping(path = "/api/v1/units", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    UnitView create(@AuthenticationPrincipal StaffPrincipal p, @RequestBody NewUnit body) {
        return view(administration.create(p.member(), body));
    }

    @Operation(
            summary = "Rename (name valid from `from`, default today), move (parentCode) or deactivate (active) a"
                    + " unit (administrators only)")
    @PatchMapping(path = "/api/v1/units/{code}", consumes = "application/json")
    UnitView change(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String code, @RequestBody UnitPatch body) {
        return view(administration.change(
                p.member(), code, new UnitChange(body.name(), body.from(), body.parentCode(), body.active())));
    }

    @Operation(
            summary = "Merge the unit into another (administrators only): open cases, catalogue items and future"
                    + " reports move to the successor; the decision is recorded")
    @PostMapping(path = "/api/v1/units/{code}/merge", consumes = "application/json")
    UnitsMerged merge(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String code, @RequestBody MergeBody b) {
        return administration.merge(p.member(), code, b.into(), b.decision());
    }

    @Operation(
            summary = "Split the unit among two or more successors (administrators only): named open cases, unpublished"
                    + " items and entries go where the decision says, the rest to `default`; closed years stay")
    @PostMapping(path = "/api/v1/units/{code}/split", consumes = "application/json")
    UnitSplit split(@AuthenticationPrincipal StaffPrincipal p, @PathVariable String code, @RequestBody SplitBody b) {
        return splits.split(
                p.member(),
                code,
                new SplitOrder(b.successors(), b.defaultCode(), b.cases(), b.items(), b.entries(), b.decision()));
    }

    @Operation(
            summary = "Import units from XLSX or CSV (单位代码, 单位名称, 上级单位代码, 类别; administrators only): the whole"
                    + " file or nothing, every bad cell named by row and column")
    @PostMapping(path = "/api/v1/units/import", consumes = "multipart/form-data")
    ImportResult importFile(@AuthenticationPrincipal StaffPrincipal p, @RequestParam("file") MultipartFile file)
            throws IOException {
        return new ImportResult(imports.importFile(p.member(), file.getOriginalFilename(), file.getBytes()));
    }

    private UnitView view(Unit u) {
        return new UnitView(
                u.code(), u.name(), u.parentCode(), u.kind().name(), u.active(), units.formerNames(u.code()));
    }
}
