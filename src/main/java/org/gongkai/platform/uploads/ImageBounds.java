package org.gongkai.platform.uploads;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.gongkai.platform.uploads.UploadRefusedException.Reason;

/** An image's width and height read from its header, before any pixel is decoded, against the pixel limit. */
final class ImageBounds {

    private ImageBounds() {}

    static void check(String name, byte[] content, UploadLimits limits) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UploadRefusedException(Reason.UNREADABLE, name);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || width * height > limits.maxPixels()) {
                    throw new UploadRefusedException(
                            Reason.IMAGE_TOO_LARGE, name, width, height, limits.maxPixels() / 1_000_000);
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UploadRefusedException(Reason.UNREADABLE, name);
        }
    }
}
