package org.gongkai.supervision;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to the evidence of a finding: the console page of the item, case, column or report concerned. */
final class Evidence {

    private Evidence() {}

    static String item(long id) {
        return "/console/catalog/" + id;
    }

    static String request(long id) {
        return "/console/requests/" + id;
    }

    static String message(long id) {
        return "/console/messages/" + id;
    }

    static String report(String unitCode, int year) {
        return "/console/annual-reports/" + unitCode + "/" + year;
    }

    static String column(String unitCode, String column) {
        return "/console/catalog?unit=" + unitCode + "&column=" + URLEncoder.encode(column, StandardCharsets.UTF_8);
    }

    static String standardEntry(String unitCode, long id) {
        return "/console/catalog?unit=" + unitCode + "&entry=" + id;
    }
}
