package org.gongkai.reportreading;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** PDF [first last] OUT.tif: the pages rendered at 150 dpi, black and white, as one multi-page TIFF (Deflate). */
public class TiffPages {
    public static void main(String[] a) throws Exception {
        try (var d = Loader.loadPDF(Files.readAllBytes(Path.of(a[0])));
                var out = ImageIO.createImageOutputStream(new File(a[3]))) {
            ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
            w.setOutput(out);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionType("Deflate");
            w.prepareWriteSequence(null);
            PDFRenderer r = new PDFRenderer(d);
            for (int i = Integer.parseInt(a[1]) - 1; i < Integer.parseInt(a[2]); i++) {
                BufferedImage img = r.renderImageWithDPI(i, 150, ImageType.BINARY);
                w.writeToSequence(new IIOImage(img, null, null), p);
            }
            w.endWriteSequence();
        }
    }
}
