package org.gongkai.annualreport;

import java.util.Collection;
import java.util.Map;
import org.gongkai.reportmodel.Template;

/**
 * The register of regulations and normative documents for section 2 (art. 20 (1)), over a set of units, as the
 * cells of the rows {@code regulations} and {@code normative_documents} of the given format.
 */
public interface NormativeRegister {

    Map<String, Map<String, Long>> rows(Collection<String> unitCodes, int year, Template template);
}
