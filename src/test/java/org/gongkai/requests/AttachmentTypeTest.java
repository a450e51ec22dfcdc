package org.gongkai.requests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.gongkai.platform.errors.InvalidInputException.FieldProblem;
import org.gongkai.support.Bombs;
import org.junit.jupiter.api.Test;

/** Attachments are typed by their content, not their name, and limited in size and number. */
class AttachmentTypeTest {

    private final Attachments attachments = new Attachments(null, Clock.systemUTC());

    @Test
    void aPdfIsRecognisedByItsMagicBytesWhateverItsName() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        assertThat(attachments.check(List.of(new NewAttachment("scan.jpg", pdf))))
                .isEmpty();
        assertThat(attachments.detect(new NewAttachment("scan.jpg", pdf)))
                .isEqualTo(org.gongkai.platform.uploads.UploadType.PDF);
    }

    @Test
    void anExecutableNamedAsAPdfIsRefused() {
        byte[] exe = new byte[64];
        exe[0] = 'M';
        exe[1] = 'Z';
        List<FieldProblem> problems = attachments.check(List.of(new NewAttachment("申请表.pdf", exe)));
        assertThat(problems)
                .extracting(FieldProblem::field, FieldProblem::messageCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("attachments[0]", "error.attachment.type"));
    }

    @Test
    void tooLargeEmptyAndTooManyFilesAreRefused() {
        byte[] big = new byte[Attachments.MAX_BYTES + 1];
        big[0] = '%';
        assertThat(attachments.check(List.of(new NewAttachment("big.pdf", big))))
                .extracting(FieldProblem::messageCode)
                .containsExactly("error.attachment.too-large");
        assertThat(attachments.check(List.of(new NewAttachment("empty.txt", new byte[0]))))
                .extracting(FieldProblem::messageCode)
                .containsExactly("error.attachment.empty");
        byte[] text = "说明".getBytes(StandardCharsets.UTF_8);
        List<NewAttachment> six = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new NewAttachment(i + ".txt", text))
                .toList();
        assertThat(attachments.check(six))
                .extracting(FieldProblem::messageCode)
                .containsExactly("error.attachment.too-many");
    }

    @Test
    void anInflatingDocxAndAnImageClaimingHugeDimensionsAreRefusedWithinSeconds() {
        long t0 = System.nanoTime();
        List<FieldProblem> problems = attachments.check(List.of(
                new NewAttachment("申请表.docx", Bombs.ratioDocx()), new NewAttachment("scan.png", Bombs.hugePng())));
        assertThat(problems).extracting(FieldProblem::field).containsExactly("attachments[0]", "attachments[1]");
        assertThat(problems.get(0).messageCode()).isIn("upload.refused.inflates", "upload.refused.elements");
        assertThat(problems.get(1).messageCode()).isEqualTo("upload.refused.pixels");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - t0)).isLessThan(java.time.Duration.ofSeconds(10));
    }
}
