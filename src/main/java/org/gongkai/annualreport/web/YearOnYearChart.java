package org.gongkai.annualreport.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import org.gongkai.annualreport.Comparison;
import org.gongkai.platform.China;
import org.gongkai.platform.web.BarChart;
import org.springframework.context.MessageSource;

/** A report's key figures year on year, one group of bars per figure, for the console's report page. */
final class YearOnYearChart {

    private YearOnYearChart() {}

    static BarChart of(String unitName, List<Comparison.Point> years, MessageSource messages) {
        List<BarChart.Bar> bars = new ArrayList<>();
        add(bars, say(messages, "annualreport.compare.received"), years, Comparison.Point::received);
        add(bars, say(messages, "annualreport.compare.replied"), years, Comparison.Point::replied);
        add(bars, say(messages, "annualreport.compare.granted"), years, Comparison.Point::granted);
        add(bars, say(messages, "annualreport.compare.reviews"), years, Comparison.Point::reviews);
        return new BarChart(
                "year-on-year",
                messages.getMessage("annualreport.year-on-year", new Object[] {unitName}, China.LOCALE),
                say(messages, "annualreport.year-on-year.figure"),
                say(messages, "annualreport.year-on-year.value"),
                years.size() < 2 ? List.of() : bars);
    }

    private static void add(
            List<BarChart.Bar> bars, String figure, List<Comparison.Point> years, ToLongFunction<Comparison.Point> f) {
        for (Comparison.Point p : years) {
            bars.add(new BarChart.Bar(figure, p.label(), f.applyAsLong(p), null));
        }
    }

    private static String say(MessageSource messages, String code) {
        return messages.getMessage(code, null, code, China.LOCALE);
    }
}
