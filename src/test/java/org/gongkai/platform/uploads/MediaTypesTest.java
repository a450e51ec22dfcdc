package org.gongkai.platform.uploads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Video, sound and images are recognised by their first bytes, never by their names. */
class MediaTypesTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[Math.max(b.length, 64)];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void videoBySignature() throws Exception {
        assertThat(Uploads.detect(bytes(0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm')))
                .isEqualTo(UploadType.MP4);
        try (InputStream in = getClass().getResourceAsStream("/demo/interpretation-video.webm")) {
            assertThat(Uploads.detect(in.readAllBytes())).isEqualTo(UploadType.WEBM);
        }
        assertThat(Uploads.detect(
                        bytes(0x1A, 0x45, 0xDF, 0xA3, 0x42, 0x82, 0x88, 'm', 'a', 't', 'r', 'o', 's', 'k', 'a')))
                .as("Matroska that is not WebM")
                .isNotEqualTo(UploadType.WEBM);
    }

    @Test
    void soundBySignature() throws Exception {
        assertThat(Uploads.detect(bytes('I', 'D', '3', 4, 0))).isEqualTo(UploadType.MP3);
        assertThat(Uploads.detect(bytes(0xFF, 0xFB, 0x90, 0x64))).isEqualTo(UploadType.MP3);
        try (InputStream in = getClass().getResourceAsStream("/demo/interpretation-audio.ogg")) {
            assertThat(Uploads.detect(in.readAllBytes())).isEqualTo(UploadType.OGG);
        }
        assertThat(UploadType.OGG.isAudio()).isTrue();
        assertThat(UploadType.WEBM.isVideo()).isTrue();
    }

    @Test
    void imagesAreStillImages() {
        assertThat(Uploads.detect(bytes(0xFF, 0xD8, 0xFF, 0xE0))).isEqualTo(UploadType.JPEG);
        assertThat(Uploads.detect(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)))
                .isEqualTo(UploadType.PNG);
        assertThat(Uploads.detect("只是一段文字，名字叫 video.mp4 也不是视频".getBytes())).isEqualTo(UploadType.TEXT);
    }
}
