package org.gongkai.catalog;

import org.gongkai.platform.uploads.UploadType;

/**
 * The form of a policy interpretation (解读): text, graphic (图解, images), video, audio, or questions and answers
 * (问答). Graphic, video and audio interpretations carry their files, each checked by its content.
 */
public enum InterpretationForm {
    TEXT,
    GRAPHIC,
    VIDEO,
    AUDIO,
    QA;

    /** Whether a file of this type may be the interpretation's media: images for graphic, and so on. */
    public boolean accepts(UploadType type) {
        return switch (this) {
            case GRAPHIC -> type == UploadType.PNG || type == UploadType.JPEG;
            case VIDEO -> type.isVideo() || type == UploadType.PNG || type == UploadType.JPEG;
            case AUDIO -> type.isAudio() || type == UploadType.PNG || type == UploadType.JPEG;
            case TEXT, QA -> type == UploadType.PNG || type == UploadType.JPEG;
        };
    }
}
