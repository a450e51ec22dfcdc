package org.gongkai.search.lucene;

import java.time.LocalDate;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.gongkai.search.SearchDocument;

/** How a {@link SearchDocument} is laid out in the index. */
final class Fields {

    static final String ID = "id";
    static final String INDEX_NUMBER = "index_number";
    static final String TITLE = "title";
    static final String BODY = "body";
    /** Title and text as characters and character pairs (see {@link ChineseAnalysis}). */
    static final String TITLE_GRAMS = "title_g";

    static final String BODY_GRAMS = "body_g";
    static final String UNIT = "unit";
    static final String UNIT_NAME = "unit_name";
    static final String ITEM = "item";
    static final String YEAR = "year";
    static final String TYPE = "type";
    static final String VALIDITY = "validity";
    static final String PUBLISHED = "published";
    /** Stored excerpt source is capped; the whole text is still indexed. */
    static final int STORED_BODY_CHARS = 4000;

    private Fields() {}

    static Document toLucene(SearchDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(d.id()), Field.Store.YES));
        doc.add(new StringField(INDEX_NUMBER, d.indexNumber(), Field.Store.YES));
        doc.add(new StoredField(TITLE, d.title()));
        doc.add(new TextField(TITLE_GRAMS, d.title(), Field.Store.NO));
        String meta = String.join(" ", nz(d.docNumber()), nz(d.topics()), nz(d.column()), nz(d.unitName()));
        String body = nz(d.text());
        String all = meta + "\n" + body;
        doc.add(new TextField(BODY_GRAMS, all, Field.Store.NO));
        doc.add(new StoredField(BODY, body.length() > STORED_BODY_CHARS ? body.substring(0, STORED_BODY_CHARS) : body));
        keyword(doc, UNIT, d.unitCode());
        doc.add(new StoredField(UNIT_NAME, nz(d.unitName())));
        keyword(doc, ITEM, Integer.toString(d.article20Item()));
        keyword(doc, YEAR, Integer.toString(d.published().getYear()));
        keyword(doc, TYPE, d.docType());
        if (d.validity() != null) {
            keyword(doc, VALIDITY, d.validity());
        }
        doc.add(new NumericDocValuesField(PUBLISHED, d.published().toEpochDay()));
        doc.add(new StoredField(PUBLISHED, d.published().toString()));
        return doc;
    }

    private static void keyword(Document doc, String name, String value) {
        doc.add(new StringField(name, value, Field.Store.YES));
        doc.add(new SortedDocValuesField(name, new BytesRef(value)));
    }

    static LocalDate published(Document doc) {
        return LocalDate.parse(doc.get(PUBLISHED));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
