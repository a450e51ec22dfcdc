package org.gongkai.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gongkai.platform.errors.NotFoundException;
import org.gongkai.support.GongkaiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@GongkaiTest
class StaffVisibilityTest {

    @Autowired
    UnitDirectory units;

    @Test
    void aHandlerSeesOnlyTheirOwnUnit() {
        StaffMember handler = new StaffMember("h", "经办", Role.HANDLER, "001008099013");

        assertThat(units.visibleUnitCodes(handler)).containsExactly("001008099013");
        assertThat(units.maySee(handler, "001008099101")).isFalse();
    }

    @Test
    void aReviewerSeesEveryUnitOfTheGovernment() {
        StaffMember reviewer = new StaffMember("r", "审核", Role.REVIEWER, "001008099001");

        assertThat(units.visibleUnitCodes(reviewer))
                .contains("001008099", "001008099001", "001008099013", "001008099101", "001008099201")
                .hasSize(units.all().size());
    }

    @Test
    void theGovernmentIsTheRootOfAUnit() {
        assertThat(units.governmentOf("001008099101").name()).isEqualTo("示例县人民政府");
    }

    @Test
    void anUnknownUnitIsNotFound() {
        assertThatThrownBy(() -> units.require("999")).isInstanceOf(NotFoundException.class);
    }
}
