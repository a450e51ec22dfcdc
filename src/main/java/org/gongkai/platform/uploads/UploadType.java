package org.gongkai.platform.uploads;

/** What an upload is, recognised from its content (magic bytes and, for zip containers, their entries). */
public enum UploadType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ZIP("application/zip"),
    /** Old binary Office (.doc/.xls, OLE2 compound file). */
    OLE("application/x-ole-storage"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    TIFF("image/tiff"),
    BMP("image/bmp"),
    /** ISO base media (an {@code ftyp} box first): MP4, M4V, M4A. */
    MP4("video/mp4"),
    /** Matroska with the {@code webm} document type. */
    WEBM("video/webm"),
    MP3("audio/mpeg"),
    OGG("audio/ogg"),
    TEXT("text/plain"),
    BINARY("application/octet-stream");

    private final String mediaType;

    UploadType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == TIFF || this == BMP;
    }

    /** A video an interpretation may carry (played by the browser's own player). */
    public boolean isVideo() {
        return this == MP4 || this == WEBM;
    }

    /** Sound an interpretation may carry. */
    public boolean isAudio() {
        return this == MP3 || this == OGG;
    }

    public boolean isZip() {
        return this == DOCX || this == XLSX || this == ZIP;
    }
}
